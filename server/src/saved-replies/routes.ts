import { staffOf } from '../auth/actor.js';
import { defineRoutes } from '../http/route-spec.js';
import {
  CreateSavedReplyBody,
  RenderedReply,
  RenderSavedReplyParams,
  SavedReplyList,
  SavedReplyParams,
  SavedReplyQuery,
  SavedReplyView,
  UpdateSavedReplyBody,
} from './schemas.js';
import type { SavedReplyService } from './service.js';
import { savedReplyExamples } from './examples.js';

export type SavedReplyRouteServices = { savedReplies: SavedReplyService };

const tag = 'saved-replies';

export const savedReplyRoutes = defineRoutes<SavedReplyRouteServices>([
  {
    method: 'get',
    path: '/saved-replies',
    operationId: 'listSavedReplies',
    summary: 'The saved replies the caller may use',
    summaryZh: '当前员工可以使用的常用回复',
    description: 'The shared replies and the caller’s own personal ones, by name. Other members’ personal replies are never listed.', descriptionZh: '共享回复和调用方自己的个人回复，按名称排列。从不列出其他成员的个人回复。',
    tag,
    audience: ['staff'],
    examples: savedReplyExamples.listSavedReplies,
    query: SavedReplyQuery,
    responses: { 200: { description: 'Saved replies, by name.', descriptionZh: '常用回复，按名称排列。', schema: SavedReplyList } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { savedReplies }) => {
      res.json(await savedReplies.list(staffOf(req.actor), SavedReplyQuery.parse(req.query).q));
    },
  },
  {
    method: 'post',
    path: '/saved-replies',
    operationId: 'createSavedReply',
    summary: 'Save a reply',
    summaryZh: '新建常用回复',
    description:
      'A personal reply (the default) is the caller’s alone; a shared one is seen by all staff and only administrators ' +
      'create it. Both bodies are required. A placeholder in double braces that is not one of the known ones is refused ' +
      'with the field error `unknown_placeholder`; a name in use in that scope (ignoring case) is `conflict`.',
    descriptionZh: '个人回复（默认）只属于调用方；共享回复全体员工可见，只有管理员能创建。两种语言的正文都必填。双花括号中的占位符若不是已知的占位符之一，会以字段错误 `unknown_placeholder` 拒绝；名称在该范围内已被使用（不区分大小写）时返回 `conflict`。',
    tag,
    audience: ['staff'],
    examples: savedReplyExamples.createSavedReply,
    body: { schema: CreateSavedReplyBody },
    responses: { 201: { description: 'Saved.', descriptionZh: '已保存。', schema: SavedReplyView } },
    problems: ['unauthenticated', 'forbidden', 'csrf_failed', 'conflict'],
    handler: async (req, res, { savedReplies }) => {
      const created = await savedReplies.create(staffOf(req.actor), CreateSavedReplyBody.parse(req.body));
      res.status(201).location(`/api/v1/saved-replies/${created.id}`).json(created);
    },
  },
  {
    method: 'patch',
    path: '/saved-replies/{id}',
    operationId: 'updateSavedReply',
    summary: 'Change a saved reply',
    summaryZh: '修改常用回复',
    description:
      'Send the version you read; if someone changed the reply since, the answer is version_conflict. Shared replies ' +
      'are changed by administrators only (others get 403); another member’s personal reply is 404. The scope stays as created.',
    descriptionZh: '发送你读取时的版本号；如果此后有人修改了这条回复，返回 version_conflict。共享回复只能由管理员修改（其他人得到 403）；其他成员的个人回复返回 404。范围保持创建时的设置。',
    tag,
    audience: ['staff'],
    examples: savedReplyExamples.updateSavedReply,
    params: SavedReplyParams,
    body: { schema: UpdateSavedReplyBody },
    responses: { 200: { description: 'The reply as changed.', descriptionZh: '修改后的回复。', schema: SavedReplyView } },
    problems: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found', 'conflict', 'version_conflict'],
    handler: async (req, res, { savedReplies }) => {
      const { id } = SavedReplyParams.parse(req.params);
      res.json(await savedReplies.update(staffOf(req.actor), id, UpdateSavedReplyBody.parse(req.body)));
    },
  },
  {
    method: 'delete',
    path: '/saved-replies/{id}',
    operationId: 'deleteSavedReply',
    summary: 'Delete a saved reply',
    summaryZh: '删除常用回复',
    description: 'The same rules as changing it. Replies already sent with it are not affected.', descriptionZh: '规则与修改相同。已经用它发出的回复不受影响。',
    tag,
    audience: ['staff'],
    examples: savedReplyExamples.deleteSavedReply,
    params: SavedReplyParams,
    responses: { 204: { description: 'Deleted.', descriptionZh: '已删除。' } },
    problems: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
    handler: async (req, res, { savedReplies }) => {
      await savedReplies.remove(staffOf(req.actor), SavedReplyParams.parse(req.params).id);
      res.status(204).end();
    },
  },
  {
    method: 'post',
    path: '/tickets/{number}/saved-replies/{id}/render',
    operationId: 'renderSavedReply',
    summary: 'Fill a saved reply in for a ticket',
    summaryZh: '按工单填写常用回复',
    description:
      'The body in the requester’s language with its placeholders filled from this ticket, and the status to send ' +
      'it with. Nothing is posted: send it (edited or not) with POST /tickets/{number}/messages, its `status` ' +
      'included. {{tracking.link}} becomes the "my tickets" page, since a tracking link cannot be shown again; ' +
      'the customer’s reply e-mail carries a fresh tracking link of its own. Counts as a use of the reply.',
    descriptionZh: '返回用这个工单的数据填好占位符的、提交人语言的正文，以及发送时要设置的状态。不会发出任何内容：请（修改或不修改）通过 POST /tickets/{number}/messages 发送，并带上其中的 `status`。{{tracking.link}} 会变成“我的工单”页面，因为跟踪链接不能再次显示；发给客户的回复邮件自带一个新的跟踪链接。计为该回复的一次使用。',
    tag,
    audience: ['staff'],
    examples: savedReplyExamples.renderSavedReply,
    params: RenderSavedReplyParams,
    responses: { 200: { description: 'The filled-in reply.', descriptionZh: '填充好的回复。', schema: RenderedReply } },
    problems: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
    handler: async (req, res, { savedReplies }) => {
      const { number, id } = RenderSavedReplyParams.parse(req.params);
      res.json(await savedReplies.render(staffOf(req.actor), number, id));
    },
  },
]);
