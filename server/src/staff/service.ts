import type { StaffActor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { ProblemError } from '../http/errors.js';
import type { StaffRepository, StaffRow } from './repository.js';
import type { CreateStaffBody, StaffDirectoryEntry, StaffMember, UpdateStaffBody } from './schemas.js';

/** The support team's accounts, as administrators manage them. */
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  /** Administrators see everyone; agents see the active colleagues they may assign tickets to, without e-mails. */
  async list(actor: StaffActor): Promise<StaffMember[] | StaffDirectoryEntry[]> {
    if (actor.role === 'admin') return (await this.staff.listAll()).map(staffMember);
    return this.staff.listActive();
  }

  /** True before anyone was ever added (the first start of an empty database). */
  async teamIsEmpty(): Promise<boolean> {
    return (await this.staff.count()) === 0;
  }

  async create(member: CreateStaffBody): Promise<StaffMember> {
    if (await this.staff.findByEmail(member.email)) throw emailTaken();
    const { password, ...fields } = member;
    return staffMember(await this.staff.create({ ...fields, passwordHash: await hashPassword(password) }));
  }

  /**
   * A team must always keep one active administrator, or nobody could manage accounts again short of the
   * command line: demoting or deactivating the last one is refused.
   */
  async update(id: string, change: UpdateStaffBody): Promise<StaffMember> {
    const updated = await this.staff.update(id, change, (before, activeAdmins) => {
      const losesAdmin = before.role === 'admin' && before.active && (change.role === 'agent' || change.active === false);
      if (losesAdmin && activeAdmins <= 1) {
        throw new ProblemError('last_admin', {
          detail: 'Make another staff member an administrator first.',
          errors: [
            { field: change.active === false ? 'active' : 'role', code: 'last_admin', message: 'This is the last active administrator.' },
          ],
        });
      }
    });
    if (!updated) throw new ProblemError('not_found');
    return staffMember(updated);
  }
}

export function emailTaken(): ProblemError {
  return new ProblemError('conflict', {
    detail: 'A staff member with this e-mail address already exists.',
    errors: [{ field: 'email', code: 'taken', message: 'This e-mail address is already in use.' }],
  });
}

export function staffMember(row: StaffRow): StaffMember {
  return {
    ...row,
    locale: row.locale as StaffMember['locale'], // validated when written
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
