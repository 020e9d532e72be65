import { z } from 'zod';
import type { AgreementToAccept } from './agreements-to-accept';
import { SHOWN_PREFIX, shownValue, type TickErrorCode } from './shown-field';

/** Hidden fields a browser fills; anything malformed counts as absent. */
const agreementFieldsSchema = z.object({
  accept: z.array(z.string().max(100)).max(20).catch([]),
  shown: z.record(z.string().max(100), z.string().max(200)).catch({}),
  timeZone: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_+\-/]+$/)
    .nullable()
    .catch(null),
  referrer: z.url().max(2048).nullable().catch(null),
});

export type AgreementFields = z.infer<typeof agreementFieldsSchema>;

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

export function parseAgreementFields(formData: FormData): AgreementFields {
  return agreementFieldsSchema.parse({
    accept: formData.getAll('accept').map(text),
    shown: Object.fromEntries(
      [...formData.entries()].filter(([key]) => key.startsWith(SHOWN_PREFIX)).map(([key, value]) => [key.slice(SHOWN_PREFIX.length), text(value)]),
    ),
    timeZone: text(formData.get('timeZone')) || null,
    referrer: text(formData.get('referrer')) || null,
  });
}

/**
 * Checks the ticks against the versions that must be accepted now: each must be ticked, and the form
 * must have shown that exact text (a newer version may have become current since it was loaded).
 */
export function checkTicks(required: AgreementToAccept[], fields: AgreementFields): { accepted: string[]; errors: Record<string, TickErrorCode> } {
  const errors: Record<string, TickErrorCode> = {};
  for (const agreement of required) {
    const shown = fields.shown[agreement.slug];
    if (shown !== undefined && shown !== shownValue(agreement)) errors[agreement.slug] = 'agreementChanged';
    else if (!fields.accept.includes(agreement.slug)) errors[agreement.slug] = 'mustAccept';
  }
  const accepted = required.map((agreement) => agreement.slug).filter((slug) => fields.accept.includes(slug) && !errors[slug]);
  return { accepted, errors };
}
