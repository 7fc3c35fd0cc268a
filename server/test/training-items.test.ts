import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingItems } from '../../scripts/training-items.mjs';
import { shippedCurriculum } from '../src/training/curriculum.js';
import { testCurriculum } from './support/training.js';

// The console names curriculum items by title from data put into the public site bundle at build time
// (scripts/training-items.mjs, loaded by a plugin in docusaurus.config.ts). The server grades quizzes, so their right
// answers must never reach that bundle.

describe('the curriculum items the site is built with', () => {
  const itemsOf = (catalogue: unknown) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'training-items-'));
    try {
      const file = path.join(dir, 'catalogue.json');
      writeFileSync(file, JSON.stringify(catalogue));
      return trainingItems(new URL(`file://${file}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('keeps every item of the shipped catalogue with its week, title, tracks and whether the lead signs it off', () => {
    const site = trainingItems();
    const shipped = shippedCurriculum();
    expect(site.weeks.map((week) => week.week)).toEqual([1, 2, 3, 4, 5]);
    for (const week of shipped.weeks()) {
      for (const item of week.items) {
        const shown = site.weeks[week.week - 1]!.items.find((entry) => entry.id === item.id);
        expect(shown, item.id).toEqual({
          id: item.id,
          week: item.week,
          kind: item.kind,
          tracks: item.tracks,
          required: item.required,
          minutes: item.minutes,
          title: item.title,
          check: item.check.type,
          signOff: item.check.type === 'manual' && item.check.signOff,
        });
      }
    }
  });

  it('leaves out the quizzes’ questions and right answers and the content hashes', () => {
    const catalogue = testCurriculum().catalogue;
    const quiz = catalogue.weeks[3]!.items.find((item) => item.kind === 'quiz')!;
    expect(quiz.questions?.length).toBeGreaterThan(0);
    const text = JSON.stringify(itemsOf(catalogue));
    expect(text).toContain(quiz.id);
    expect(text).not.toContain('"correct"');
    expect(text).not.toContain('"questions"');
    expect(text).not.toContain(quiz.hash);
    expect(itemsOf(catalogue).weeks[3]!.items.find((item) => item.id === 'w4-role-play')?.signOff).toBe(true);
  });
});
