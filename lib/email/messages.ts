import { z } from 'zod';

/** What each kind of email carries: the data its template is rendered from, checked again on delivery. */
export const EMAIL_PAYLOADS = {
  'password-reset': z.object({ resetUrl: z.url(), expiresInMinutes: z.number().int().positive() }),
  'email-verification': z.object({ verifyUrl: z.url(), expiresInDays: z.number().int().positive() }),
  'acceptance-confirmation': z.object({
    accepted: z
      .array(
        z.object({
          title: z.string(),
          version: z.string(),
          contentSha256: z.string(),
          recordedAt: z.iso.datetime(),
          seq: z.number().int().positive(),
          recordId: z.uuid(),
          textUrl: z.url(),
        }),
      )
      .min(1),
    accountUrl: z.url(),
  }),
  'change-notice': z.object({
    title: z.string(),
    acceptedVersion: z.string(),
    version: z.string(),
    effectiveDate: z.string(),
    summary: z.string(),
    redlineUrl: z.url(),
  }),
} as const;

export type EmailKind = keyof typeof EMAIL_PAYLOADS;
export type EmailPayload<K extends EmailKind> = z.infer<(typeof EMAIL_PAYLOADS)[K]>;
export const EMAIL_KINDS = Object.keys(EMAIL_PAYLOADS) as EmailKind[];
