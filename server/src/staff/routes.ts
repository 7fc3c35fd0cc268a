import { assertSignedInAdmin, staffOf } from '../auth/actor.js';
import { defineRoutes } from '../http/route-spec.js';
import { CreateStaffBody, StaffList, StaffMember, StaffParams, UpdateStaffBody } from './schemas.js';
import type { StaffService } from './service.js';
import { staffExamples } from './examples.js';

const tag = 'staff';

export const staffRoutes = defineRoutes<{ staff: StaffService }>([
  {
    method: 'get',
    path: '/staff',
    operationId: 'listStaff',
    summary: 'The support team',
    summaryZh: '支持团队成员',
    description:
      'Administrators get every account, active or not. Agents get the active staff only, as id, name, role, ' +
      'active and onCall, to choose an assignee and see who is on call.',
    descriptionZh: '管理员得到全部账号，无论是否在职。支持人员只得到在职的同事，包括 id、name、role、active 和 onCall，用于选择处理人和查看谁在值班。',
    tag,
    audience: ['staff'],
    examples: staffExamples.listStaff,
    responses: { 200: { description: 'Staff, by name.', descriptionZh: '支持人员，按姓名排列。', schema: StaffList } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { staff }) => {
      res.json({ items: await staff.list(staffOf(req.actor)) });
    },
  },
  {
    method: 'post',
    path: '/staff',
    operationId: 'createStaff',
    summary: 'Add a staff member',
    summaryZh: '新增员工',
    description: 'Only from a signed-in console session (cookie and CSRF token), not with an API token.', descriptionZh: '只能在已登录的控制台会话中调用（Cookie 和 CSRF 令牌），不能用 API 令牌调用。',
    tag,
    audience: ['admin'],
    examples: staffExamples.createStaff,
    credentials: 'session',
    body: { schema: CreateStaffBody },
    responses: { 201: { description: 'Created.', descriptionZh: '已创建。', schema: StaffMember } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'conflict'],
    handler: async (req, res, { staff }) => {
      assertSignedInAdmin(req.actor, 'Adding a staff member');
      res.status(201).json(await staff.create(CreateStaffBody.parse(req.body)));
    },
  },
  {
    method: 'patch',
    path: '/staff/{id}',
    operationId: 'updateStaff',
    summary: 'Rename, change role or language, put on or take off the on-call list, deactivate or reactivate a staff member',
    summaryZh: '修改员工的姓名、角色或语言，加入或移出值班名单，停用或重新启用员工',
    description:
      'Members on the on-call list (`onCall`) are e-mailed at once about every P1 ticket, at any hour. ' +
      'Deactivating ends the member’s sessions at once, and their API tokens stop working until reactivation. ' +
      'The last active administrator cannot be demoted or deactivated (`last_admin`). Changing a role or ' +
      'reactivating an account needs a signed-in console session; an API token may rename, deactivate or change ' +
      'the on-call list.',
    descriptionZh: '值班名单（`onCall`）上的成员在任何时间都会立即收到每个 P1 工单的邮件。停用会立即结束该成员的会话，其 API 令牌在重新启用之前失效。不能降级或停用最后一位在职的管理员（`last_admin`）。修改角色或重新启用账号需要已登录的控制台会话；API 令牌可以改名、停用或修改值班名单。',
    tag,
    audience: ['admin'],
    examples: staffExamples.updateStaff,
    params: StaffParams,
    body: { schema: UpdateStaffBody },
    responses: { 200: { description: 'The member as changed.', descriptionZh: '修改后的成员。', schema: StaffMember } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found', 'last_admin'],
    handler: async (req, res, { staff }) => {
      const { id } = StaffParams.parse(req.params);
      const change = UpdateStaffBody.parse(req.body);
      if (change.role !== undefined || change.active === true) assertSignedInAdmin(req.actor, 'Changing a role or reactivating an account');
      res.json(await staff.update(id, change));
    },
  },
]);
