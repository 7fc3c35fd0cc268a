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
  csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token on every write made with the session cookie.', descriptionZh: '使用会话 Cookie 的每个写请求都要在 X-CSRF-Token 中发送它。' }),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = z.object({
  user: SignedInUser,
  csrfToken: z.string().optional().meta({ description: 'Present when the request came with the session cookie.', descriptionZh: '请求带有会话 Cookie 时才有。' }),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional().meta({ description: 'Omit for a token that never expires.', descriptionZh: '省略表示令牌永不过期。' }),
});
export type CreateApiTokenBody = z.infer<typeof CreateApiTokenBody>;

export const ApiTokenParams = z.object({ id: z.uuid() });
export type ApiTokenParams = z.infer<typeof ApiTokenParams>;

export const ApiTokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().meta({ description: 'The first characters of the token, to tell tokens apart.', descriptionZh: '令牌的前几个字符，用来区分不同的令牌。' }),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenSummary = z.infer<typeof ApiTokenSummary>;

export const ApiTokenList = z.object({ items: z.array(ApiTokenSummary) });

export const CreatedApiToken = ApiTokenSummary.extend({
  token: z.string().meta({ description: 'Shown once: only its hash is stored. Send as Authorization: Bearer <token>.', descriptionZh: '只显示一次：服务器只保存它的哈希值。以 Authorization: Bearer <令牌> 发送。' }),
});
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
