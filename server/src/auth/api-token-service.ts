import { ProblemError } from '../http/errors.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import type { StaffActor } from './actor.js';
import type { ApiTokenRepository } from './repository.js';
import type { ApiTokenSummary, CreateApiTokenBody, CreatedApiToken } from './schemas.js';
import { tokenPrefixes } from './tokens.js';

/** "hop_" and 8 more characters: enough to tell a user's tokens apart, far too few to help guess one. */
const shownLength = 12;

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** Personal API tokens: each staff member manages their own, and nobody else's. */
export class ApiTokenService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly now: () => Date,
  ) {}

  async list(actor: StaffActor): Promise<ApiTokenSummary[]> {
    return (await this.tokens.listOf(actor.userId)).map(summary);
  }

  /**
   * Only a signed-in browser session may mint tokens: a leaked token must not be able to issue itself a
   * successor that outlives its revocation.
   */
  async create(actor: StaffActor, request: CreateApiTokenBody): Promise<CreatedApiToken> {
    if (actor.via !== 'session') {
      throw new ProblemError('forbidden', { detail: 'Create API tokens while signed in to the console, not with another token.' });
    }
    const createdAt = this.now();
    const token = newSecretToken(tokenPrefixes.apiToken);
    const expiresAt = request.expiresInDays ? new Date(createdAt.getTime() + request.expiresInDays * 86_400_000) : null;
    const row = await this.tokens.create({
      userId: actor.userId,
      name: request.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, shownLength),
      createdAt,
      expiresAt,
    });
    return { ...summary(row), token };
  }

  /** Someone else's token id answers 404, like an unknown one, so ids cannot be probed. */
  async revoke(actor: StaffActor, id: string): Promise<void> {
    if (!(await this.tokens.revoke(actor.userId, id, this.now()))) throw new ProblemError('not_found');
  }
}

function summary(row: TokenRow): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
