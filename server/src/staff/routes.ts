import { assertSignedInAdmin, staffOf } from '../auth/actor.js';
import { defineRoutes } from '../http/route-spec.js';
import { CreateStaffBody, StaffList, StaffMember, StaffParams, UpdateStaffBody } from './schemas.js';
import type { StaffService } from './service.js';

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
    tag,
    audience: ['staff'],
    responses: { 200: { description: 'Staff, by name.', schema: StaffList } },
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
    description: 'Only from a signed-in console session (cookie and CSRF token), not with an API token.',
    tag,
    audience: ['admin'],
    body: { schema: CreateStaffBody },
    responses: { 201: { description: 'Created.', schema: StaffMember } },
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
    tag,
    audience: ['admin'],
    params: StaffParams,
    body: { schema: UpdateStaffBody },
    responses: { 200: { description: 'The member as changed.', schema: StaffMember } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found', 'last_admin'],
    handler: async (req, res, { staff }) => {
      const { id } = StaffParams.parse(req.params);
      const change = UpdateStaffBody.parse(req.body);
      if (change.role !== undefined || change.active === true) assertSignedInAdmin(req.actor, 'Changing a role or reactivating an account');
      res.json(await staff.update(id, change));
    },
  },
]);
