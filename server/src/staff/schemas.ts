import { z } from 'zod';
import { NewPassword, StaffEmail, StaffLocale, StaffRole } from '../auth/schemas.js';

/** Names appear in e-mails and on tickets; any script and emoji are welcome, line breaks and control codes are not. */
export const StaffName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters');

const OnCall = z
  .boolean()
  .meta({ description: 'On the on-call list: e-mailed at once about every P1 ticket, day and night, whatever their own e-mail settings.', descriptionZh: '在值班名单上：无论个人的邮件设置如何，每个 P1 工单都会日夜立即发邮件通知。' });

export const CreateStaffBody = z.object({
  email: StaffEmail,
  name: StaffName,
  role: StaffRole.default('agent'),
  locale: StaffLocale.default('zh-Hans'),
  onCall: OnCall.default(false),
  password: NewPassword.meta({ description: 'The first password; the staff member changes it after signing in.', descriptionZh: '初始密码；该成员登录后自行修改。' }),
});
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;

export const UpdateStaffBody = z
  .object({
    name: StaffName.optional(),
    role: StaffRole.optional(),
    active: z.boolean().optional().meta({ description: 'false signs the member out everywhere and stops their API tokens.', descriptionZh: 'false 会让该成员在所有地方退出登录，并使其 API 令牌失效。' }),
    locale: StaffLocale.optional(),
    onCall: OnCall.optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), 'give at least one field to change');
export type UpdateStaffBody = z.infer<typeof UpdateStaffBody>;

export const StaffParams = z.object({ id: z.uuid() });
export type StaffParams = z.infer<typeof StaffParams>;

/** What administrators see. */
export const StaffMember = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: StaffRole,
  locale: StaffLocale,
  active: z.boolean(),
  onCall: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** What agents see, to pick an assignee: active colleagues, without their e-mail addresses. */
export const StaffDirectoryEntry = z.object({ id: z.uuid(), name: z.string(), role: StaffRole, active: z.boolean(), onCall: z.boolean() });
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntry>;

export const StaffList = z.object({
  items: z.array(z.union([StaffMember, StaffDirectoryEntry])).meta({ description: 'Full records for administrators; directory entries for agents.', descriptionZh: '管理员得到完整记录；支持人员得到通讯录条目。' }),
});
export type StaffList = z.infer<typeof StaffList>;
