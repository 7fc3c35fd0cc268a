// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';
import { exampleStaff } from '../tickets/examples.js';

const liLei = {
  id: exampleStaff.id,
  email: exampleStaff.email,
  name: exampleStaff.name,
  role: 'agent',
  locale: 'zh-Hans',
  active: true,
  onCall: true,
  createdAt: '2026-08-15T02:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
};
const hanMeimei = {
  id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  email: 'han.meimei@support.example.com',
  name: '韩梅梅',
  role: 'admin',
  locale: 'zh-Hans',
  active: true,
  onCall: false,
  createdAt: '2026-08-01T01:00:00.000Z',
  updatedAt: '2026-08-01T01:00:00.000Z',
};
const sam = {
  id: '4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8',
  email: 'sam.taylor@support.example.com',
  name: 'Sam Taylor',
  role: 'agent',
  locale: 'en',
  active: true,
  onCall: false,
  createdAt: '2026-11-30T03:20:00.000Z',
  updatedAt: '2026-11-30T03:20:00.000Z',
};

export const staffExamples = {
  listStaff: { responses: { 200: { items: [hanMeimei, liLei] } } },
  createStaff: {
    body: { email: sam.email, name: sam.name, role: 'agent', locale: 'en', onCall: false, password: 'first-login-Kp7#wQ2m' },
    responses: { 201: sam },
  },
  updateStaff: {
    params: { id: sam.id },
    body: { onCall: true },
    responses: { 200: { ...sam, onCall: true, updatedAt: '2026-11-30T03:25:00.000Z' } },
  },
} satisfies Record<string, RouteExamples>;
