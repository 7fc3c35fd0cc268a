import { allowedContentTypes } from '../attachments/sniff.js';
import type { AppContext } from '../context.js';
import { defineRoutes } from '../http/route-spec.js';
import { ticketPriorities } from '../tickets/workflow.js';
import { categoryNames, priorityDefinitions } from './definitions.js';
import { SupportSettings } from './schemas.js';
import { supportExamples } from './examples.js';

export function supportSettings(config: AppContext['config']): SupportSettings {
  const { support } = config;
  return {
    categories: config.ticketCategories.map((id) => ({ id, name: categoryNames[id] ?? { 'zh-Hans': id, en: id } })),
    priorities: ticketPriorities.map((id) => ({ id, ...priorityDefinitions[id] })),
    publicTags: config.publicTags,
    uploads: { maxFileBytes: config.attachmentMaxBytes, maxFiles: config.attachmentMaxFiles, allowedTypes: [...allowedContentTypes] },
    channels: {
      hotline: { phone: support.hotline ?? null, days: 'working-days', ...support.hotlineHours },
      emergency: { phone: support.emergencyLine ?? null, hours: '7x24', priorities: ['P1'] },
      email: support.email ?? null,
      ticketsUrl: `${config.publicUrl}/support/new`,
      forumUrl: support.forumUrl ?? null,
      remoteAssistUrl: support.remoteAssistUrl ?? null,
    },
    timeZone: support.timeZone,
  };
}

export const supportRoutes = defineRoutes<{ context: AppContext }>([
  {
    method: 'get',
    path: '/support/settings',
    operationId: 'getSupportSettings',
    summary: 'What a support form needs: categories, priorities with their definitions, upload limits, channels and hours',
    summaryZh: '提交表单所需的设置：分类、优先级及其定义、上传限制、支持渠道和服务时间',
    description:
      'Public and the same for every caller. Read it instead of copying the server’s settings into a client: the ' +
      'categories, the tags a customer may choose, and the upload limits are what the filing route enforces.',
    descriptionZh: '公开的，对每个调用方都相同。请读取它，而不要把服务器的设置复制到客户端：分类、客户可选的标签和上传限制就是提交工单接口实际执行的规则。',
    tag: 'support',
    audience: ['anyone'],
    examples: supportExamples.getSupportSettings,
    responses: { 200: { description: 'The settings.', descriptionZh: '设置。', schema: SupportSettings } },
    handler: (_req, res, { context }) => {
      // Public and the same for everyone: a browser may keep it for a few minutes.
      res.set('Cache-Control', 'public, max-age=300').json(supportSettings(context.config));
    },
  },
]);
