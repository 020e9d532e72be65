'use server';

import { z } from 'zod';
import { confirmAddress } from '@/lib/auth/email-verification';
import { getDatabase } from '@/lib/db/database';

export interface ConfirmAddressState {
  outcome: 'none' | 'confirmed' | 'invalid-link';
}

// The confirmation token is a JWT (base64url parts and dots): anything else (a NUL, a lone surrogate) is no link of ours.
const schema = z.object({ token: z.string().min(1).max(2000).regex(/^[A-Za-z0-9_.-]+$/) });

export async function confirmEmailAddress(_previous: ConfirmAddressState, formData: FormData): Promise<ConfirmAddressState> {
  const parsed = schema.safeParse({ token: formData.get('token') });
  if (!parsed.success) return { outcome: 'invalid-link' };
  return { outcome: (await confirmAddress(await getDatabase(), parsed.data.token)) ? 'confirmed' : 'invalid-link' };
}
