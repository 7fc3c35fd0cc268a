// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';
import { exampleStaff } from '../tickets/examples.js';

const user = { id: exampleStaff.id, email: exampleStaff.email, name: exampleStaff.name, role: 'agent', locale: 'zh-Hans' };
const csrfToken = 'k2Vf8Qm1xR7tLp4nZc9wHs3yBd6uJa0eGi5oTq2vNl8';

const token = {
  id: '6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170',
  name: '监控脚本 monitoring',
  prefix: 'hop_Xy7Q',
  createdAt: '2026-11-02T01:00:00.000Z',
  lastUsedAt: '2026-11-30T02:55:13.000Z',
  expiresAt: '2027-11-02T01:00:00.000Z',
  revokedAt: null,
};

export const authExamples = {
  login: {
    body: { email: exampleStaff.email, password: 'correct-horse-battery-staple' },
    responses: { 200: { user, csrfToken } },
  },
  logout: { responses: {} },
  getMe: { responses: { 200: { user, csrfToken } } },
  updateMe: { body: { locale: 'en' }, responses: { 200: { user: { ...user, locale: 'en' }, csrfToken } } },
  changePassword: {
    body: { currentPassword: 'correct-horse-battery-staple', newPassword: '换个更长的密码 2026-winter' },
    responses: {},
  },
  listApiTokens: { responses: { 200: { items: [token] } } },
  createApiToken: {
    body: { name: '工单同步 ticket sync', expiresInDays: 365 },
    responses: {
      201: {
        ...token,
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        name: '工单同步 ticket sync',
        prefix: 'hop_R3kd',
        createdAt: '2026-11-30T03:10:00.000Z',
        lastUsedAt: null,
        expiresAt: '2027-11-30T03:10:00.000Z',
        token: 'hop_R3kdP9vX2mL7qT4wN8bY1cF6hJ0sD5gA3eU9iO2lZ',
      },
    },
  },
  revokeApiToken: { params: { id: token.id }, responses: {} },
} satisfies Record<string, RouteExamples>;
