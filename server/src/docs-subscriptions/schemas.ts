import { z } from 'zod';
import { Email } from '../tickets/schemas.js';
import { docsSections } from './ledger.js';

export const DocsSection = z.enum(docsSections).describe('A docs section: the manuals, the training, the FAQ, or the blog (release notes and articles).');
export const DigestFrequency = z.enum(['daily', 'weekly']);

export const SubscribeBody = z.strictObject({
  email: Email,
  sections: z.array(DocsSection).min(1).max(docsSections.length).describe('The sections whose changed pages the digest lists.'),
  frequency: DigestFrequency.default('weekly').describe('How often a digest is sent (only when something changed): `weekly` (default) or `daily`.'),
  locale: z.enum(['zh-Hans', 'en']).describe('The language of the e-mails and of the pages listed.'),
});
export type SubscribeBody = z.infer<typeof SubscribeBody>;

export const SubscribeAccepted = z.object({ message: z.string().describe('Check your inbox: nothing is sent until the link in it is followed.') });

export const ConfirmBody = z.strictObject({
  token: z.string().min(1).max(200).meta({ description: 'The `hod_…` token from the link in the confirmation e-mail.' }),
});

export const SubscriptionConfirmed = z.object({
  sections: z.array(DocsSection),
  frequency: DigestFrequency,
  locale: z.enum(['zh-Hans', 'en']),
});
export type SubscriptionConfirmed = z.infer<typeof SubscriptionConfirmed>;

export const SubscriptionSummary = z.object({
  pending: z.int().describe('Waiting for their confirmation link to be followed.'),
  active: z.int().describe('Confirmed: receiving digests.'),
  ended: z.int().describe('Unsubscribed or replaced.'),
  bySection: z.record(DocsSection, z.int()).describe('Active subscriptions naming each section.'),
  byFrequency: z.record(DigestFrequency, z.int()).describe('Active subscriptions by frequency.'),
  ledgerChanges: z.int().describe('Changes in the docs ledger this server ships with (its newest `seq`).'),
});
export type SubscriptionSummary = z.infer<typeof SubscriptionSummary>;
