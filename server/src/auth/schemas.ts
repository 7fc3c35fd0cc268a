import { z } from 'zod';
import { locales } from '../http/locale.js';

/** Stored lower-cased, so sign-in and uniqueness ignore case. */
export const StaffEmail = z.email().max(254).toLowerCase();

/** scrypt reads every byte, so the length is capped: a megabyte "password" would be a cheap way to burn CPU. */
const maxPasswordLength = 1024;
export const NewPassword = z.string().min(12).max(maxPasswordLength);

export const StaffRole = z.enum(['agent', 'admin']);
export const StaffLocale = z.enum(locales);

export const LoginBody = z.object({
  email: StaffEmail,
  password: z.string().min(1).max(maxPasswordLength),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** What a member changes about themself: the language of their e-mails and links (the console follows the site's). */
export const UpdateMeBody = z.strictObject({ locale: StaffLocale });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(maxPasswordLength),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

/** The signed-in staff member as the console shows them. */
export const SignedInUser = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: StaffRole,
  locale: StaffLocale,
});
export type SignedInUser = z.infer<typeof SignedInUser>;

export const SessionResponse = z.object({
  user: SignedInUser,
  csrfToken: z.string().describe('Send as X-CSRF-Token on every write made with the session cookie.'),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = z.object({
  user: SignedInUser,
  csrfToken: z.string().optional().describe('Present when the request came with the session cookie.'),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe('Omit for a token that never expires.'),
});
export type CreateApiTokenBody = z.infer<typeof CreateApiTokenBody>;

export const ApiTokenParams = z.object({ id: z.uuid() });
export type ApiTokenParams = z.infer<typeof ApiTokenParams>;

export const ApiTokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to tell tokens apart.'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenSummary = z.infer<typeof ApiTokenSummary>;

export const ApiTokenList = z.object({ items: z.array(ApiTokenSummary) });

export const CreatedApiToken = ApiTokenSummary.extend({
  token: z.string().describe('Shown once: only its hash is stored. Send as Authorization: Bearer <token>.'),
});
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
