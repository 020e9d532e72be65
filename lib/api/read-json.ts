import type { Answer, ApiRequest } from './answer';
import { problemAnswer } from './problem';

export const MAX_BODY_BYTES = 16 * 1024;

/** The request's JSON body, or the problem answer that explains why it cannot be read. */
export async function readJsonBody(request: ApiRequest, maxBytes = MAX_BODY_BYTES): Promise<{ body: unknown } | { error: Answer }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { error: problemAnswer(415, 'Unsupported media type', 'Send the body as JSON with "Content-Type: application/json".') };
  }
  const tooLarge = () => ({ error: problemAnswer(413, 'Body too large', `The body must be at most ${maxBytes} bytes.`) });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const bytes = await request.body(maxBytes);
  if (!bytes) return tooLarge();
  try {
    return { body: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) };
  } catch {
    return { error: problemAnswer(400, 'Malformed JSON', 'The body is not valid JSON.') };
  }
}
