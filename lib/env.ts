import path from 'node:path';
import { z } from 'zod';

/**
 * The only module that reads process.env. Everything else imports `env`.
 * Parsed lazily so `next build` does not require runtime-only settings.
 */
const envSchema = z.object({
  CONTENT_DIR: z.string().min(1).optional(),
  SITE_URL: z.url().optional(),
});

type Env = {
  /** Absolute path of the directory holding `agreements/` and `agreements.lock.json`. */
  contentDir: string;
  /** Public origin used for canonical URLs and metadata. */
  siteUrl: string;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${fields.join('; ')}`);
  }
  cached = {
    contentDir: parsed.data.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ parsed.data.CONTENT_DIR)
      : path.join(process.cwd(), 'content'),
    siteUrl: parsed.data.SITE_URL ?? 'http://localhost:3000',
  };
  return cached;
}
