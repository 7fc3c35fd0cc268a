import type { PrismaClient } from '../db/database.js';
import type { StaffRole } from '../auth/actor.js';

const memberFields = { id: true, email: true, name: true, role: true, locale: true, active: true, onCall: true, createdAt: true, updatedAt: true } as const;

export type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
  active: boolean;
  onCall: boolean;
  createdAt: Date;
  updatedAt: Date;
};
export type NewStaffRow = { email: string; name: string; role: StaffRole; locale: string; passwordHash: string; onCall?: boolean };
export type StaffChange = { name?: string; role?: StaffRole; active?: boolean; locale?: string; onCall?: boolean };

export class StaffRepository {
  constructor(private readonly prisma: PrismaClient) {}

  listAll(): Promise<StaffRow[]> {
    return this.prisma.user.findMany({ select: memberFields, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  listActive() {
    return this.prisma.user.findMany({
      where: { active: true },
      select: { id: true, name: true, role: true, active: true, onCall: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  findByEmail(email: string): Promise<StaffRow | null> {
    return this.prisma.user.findUnique({ where: { email }, select: memberFields });
  }

  count(): Promise<number> {
    return this.prisma.user.count();
  }

  countActiveAdmins(): Promise<number> {
    return this.prisma.user.count({ where: { role: 'admin', active: true } });
  }

  create(member: NewStaffRow): Promise<StaffRow> {
    return this.prisma.user.create({ data: member, select: memberFields });
  }

  /** False when the address is taken, e.g. by another replica starting at the same moment. */
  async createUnlessTaken(member: NewStaffRow): Promise<boolean> {
    return (await this.prisma.user.createMany({ data: [member], skipDuplicates: true })).count === 1;
  }

  /**
   * Makes an existing account an active administrator with a new password, but only while no active
   * administrator exists: one statement, so a replica starting a moment after another made one changes nothing.
   */
  async makeAdminIfNoneActive(id: string, passwordHash: string): Promise<boolean> {
    const changed = await this.prisma.$executeRaw`
      UPDATE users SET role = 'admin', active = true, password_hash = ${passwordHash}, updated_at = now()
      WHERE id = ${id}::uuid AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active)`;
    return changed === 1;
  }

  /**
   * Applies a change after `allow` has seen the member as it is and how many active administrators there are.
   * The active administrators' rows stay locked until the change commits, so two administrators demoting each
   * other at the same moment cannot both see "another admin remains". Deactivation ends the member's sessions
   * in the same transaction. Null when there is no such member.
   */
  update(id: string, change: StaffChange, allow: (before: StaffRow, activeAdmins: number) => void): Promise<StaffRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'admin' AND active FOR UPDATE`;
      const before = await tx.user.findUnique({ where: { id }, select: memberFields });
      if (!before) return null;
      allow(before, admins.length);
      if (change.active === false) await tx.session.deleteMany({ where: { userId: id } });
      return tx.user.update({ where: { id }, data: change, select: memberFields });
    });
  }
}
