import { logAdminAction } from '@/lib/admin/audit-log';
import { EXPORT_CHECKPOINT_TYPE, exportCheckpoint, exportLines } from '@/lib/admin/export';
import { EXPORT_FORMATS } from '@/lib/admin/export-format';
import { parseRecordFilter } from '@/lib/admin/record-filter';
import { adminOfRequest } from '@/lib/admin/require-admin';
import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

export const dynamic = 'force-dynamic';

/** A stream that asks the generator for the next line only when the client has read the last one. */
function streamOf(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/** GET /api/admin/export?format=csv|jsonl&<filters>: the filtered acceptance records, streamed. Administrators only. */
export async function GET(request: Request) {
  return handleApi(request, async (db) => {
    const admin = await adminOfRequest();
    if (!admin) return problem(403, 'Forbidden', 'Exports are for administrators only.');
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const format = params.format === 'csv' || params.format === 'jsonl' ? params.format : null;
    if (!format) return problem(422, 'Unknown format', 'Ask for format=csv or format=jsonl.', [{ field: 'format', message: 'must be "csv" or "jsonl"' }]);
    const { filter, errors } = parseRecordFilter(params);
    const invalid = Object.entries(errors).map(([field, message]) => ({ field, message }));
    if (invalid.length > 0) return problem(422, 'Invalid filter', 'Some filter fields are wrong; nothing was exported.', invalid);

    const secret = serverSecret();
    const signed = await exportCheckpoint(db, secret);
    await logAdminAction(db, admin.id, 'export', { format, filter: { ...filter, email: filter.email ? '(given)' : undefined }, checkpointSize: signed.checkpoint.size });
    const name = `accord-acceptances-upto-${signed.checkpoint.size}.${EXPORT_FORMATS[format].extension}`;
    return new Response(streamOf(exportLines(db, secret, filter, format, signed)), {
      headers: {
        'content-type': EXPORT_FORMATS[format].contentType,
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'accord-checkpoint-size': String(signed.checkpoint.size),
        'accord-checkpoint-head': signed.checkpoint.headHash,
        'accord-checkpoint-type': EXPORT_CHECKPOINT_TYPE,
        'accord-checkpoint-signature': signed.signature,
      },
    });
  });
}
