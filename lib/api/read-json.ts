import { problem } from './problem';

export const MAX_BODY_BYTES = 16 * 1024;

/** The request's JSON body, or the problem response that explains why it cannot be read. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<{ body: unknown } | { error: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { error: problem(415, 'Unsupported media type', 'Send the body as JSON with "Content-Type: application/json".') };
  }
  const tooLarge = () => ({ error: problem(413, 'Body too large', `The body must be at most ${maxBytes} bytes.`) });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      return tooLarge();
    }
    chunks.push(chunk.value);
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { error: problem(400, 'Malformed JSON', 'The body is not valid JSON.') };
  }
}
