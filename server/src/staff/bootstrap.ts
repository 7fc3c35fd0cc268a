import { hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import { StaffRepository } from './repository.js';
import type { CreateStaffBody, StaffMember } from './schemas.js';
import { StaffService } from './service.js';

export type InitialAdminOutcome = 'not-configured' | 'admin-exists' | 'created' | 'promoted';

/**
 * At start-up: when ADMIN_EMAIL/ADMIN_PASSWORD are set and the team has no active administrator, makes one.
 * An existing account with that address is promoted, reactivated and given the configured password: with no
 * active administrator left, this is how an operator gets back in. Once any administrator exists, the variables
 * are ignored, so changing the password in the console is not undone by the next restart.
 */
export async function ensureInitialAdmin(context: Pick<AppContext, 'config' | 'prisma' | 'logger'>): Promise<InitialAdminOutcome> {
  const wanted = context.config.initialAdmin;
  if (!wanted) return 'not-configured';
  const staff = new StaffRepository(context.prisma);
  if ((await staff.countActiveAdmins()) > 0) return 'admin-exists';
  const email = wanted.email.toLowerCase();
  const passwordHash = await hashPassword(wanted.password);
  const existing = await staff.findByEmail(email);
  if (existing) {
    if (!(await staff.makeAdminIfNoneActive(existing.id, passwordHash))) return 'admin-exists';
    context.logger.warn({ staffId: existing.id }, 'no active administrator: ADMIN_EMAIL account made administrator');
    return 'promoted';
  }
  // Replicas starting together may race here; the unique address lets exactly one of them create the account.
  const created = await staff.createUnlessTaken({ email, name: 'Administrator', role: 'admin', locale: 'zh-Hans', passwordHash });
  if (created) context.logger.info('initial administrator created from ADMIN_EMAIL');
  return created ? 'created' : 'admin-exists';
}

/** `npm run admin:create`: the same rules as adding a member in the console, with the administrator role. */
export function createAdmin(context: Pick<AppContext, 'prisma'>, admin: Omit<CreateStaffBody, 'role' | 'onCall'>): Promise<StaffMember> {
  return new StaffService(new StaffRepository(context.prisma)).create({ ...admin, role: 'admin', onCall: false });
}
