import { z } from 'zod';
import { allowedContentTypes } from '../attachments/sniff.js';

const Text = z.object({ 'zh-Hans': z.string(), en: z.string() }).meta({ description: 'The same text in each language of the site.', descriptionZh: '站点每种语言的同一段文字。' });

export const SupportSettings = z
  .object({
    categories: z.array(z.object({ id: z.string(), name: Text })).meta({ description: 'In the configured order (TICKET_CATEGORIES).', descriptionZh: '按配置的顺序（TICKET_CATEGORIES）。' }),
    priorities: z.array(
      z.object({
        id: z.enum(['P1', 'P2', 'P3', 'P4']),
        name: Text,
        meaning: Text,
        example: Text,
        clock: z.enum(['around-the-clock', 'support-hours']).meta({ description: 'P1 counts 7×24; the others count support hours on working days.', descriptionZh: 'P1 按 7×24 计时；其他优先级按工作日的支持服务时间计时。' }),
      }),
    ),
    publicTags: z.array(z.string()).meta({ description: 'The tags a customer may choose when filing (TICKET_PUBLIC_TAGS).', descriptionZh: '客户提交工单时可选的标签（TICKET_PUBLIC_TAGS）。' }),
    uploads: z.object({
      maxFileBytes: z.int(),
      maxFiles: z.int(),
      allowedTypes: z.array(z.enum(allowedContentTypes)).meta({ description: 'Decided by content; programs and scripts are refused whatever their name.', descriptionZh: '按文件内容判定；程序和脚本无论文件名如何都会被拒绝。' }),
    }),
    channels: z.object({
      hotline: z.object({
        phone: z.string().nullable().meta({ description: 'SUPPORT_HOTLINE; null when not set.', descriptionZh: 'SUPPORT_HOTLINE；未设置时为 null。' }),
        days: z.literal('working-days'),
        start: z.string().meta({ example: '09:00' }),
        end: z.string().meta({ example: '18:00' }),
      }),
      emergency: z.object({
        phone: z.string().nullable().meta({ description: 'SUPPORT_EMERGENCY_LINE; null when not set.', descriptionZh: 'SUPPORT_EMERGENCY_LINE；未设置时为 null。' }),
        hours: z.literal('7x24'),
        priorities: z.array(z.literal('P1')),
      }),
      email: z.email().nullable().meta({ description: 'SUPPORT_EMAIL (or MAIL_REPLY_TO); null when neither is set.', descriptionZh: 'SUPPORT_EMAIL（或 MAIL_REPLY_TO）；都未设置时为 null。' }),
      ticketsUrl: z.url(),
      forumUrl: z.url().nullable(),
      remoteAssistUrl: z.url().nullable(),
    }),
    timeZone: z.string().meta({ description: 'The support hours’ time zone (IANA).', descriptionZh: '支持服务时间所用的时区（IANA）。', example: 'Asia/Shanghai' }),
  })
  .meta({ description: 'What a support form and the support home need: choices, limits, channels and hours.', descriptionZh: '支持表单和支持首页需要的信息：可选项、限制、渠道和服务时间。' });
export type SupportSettings = z.infer<typeof SupportSettings>;
