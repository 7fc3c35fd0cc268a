import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, readCurriculum, serialise, type WeekSource } from '../../scripts/training/catalogue.js';
import { catalogueItems, loadCatalogue } from '../src/training/catalogue.js';

// The training catalogue is generated from the curriculum's MDX in both locales; the server checks completions
// against it. These tests fail when the committed file is stale or an item of the curriculum is malformed.

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = readFileSync(new URL('../src/training/catalogue.json', import.meta.url), 'utf8');

const exercise = (id: string, extra = '', body = 'Do it.\n\n<Expected>\n\nIt works.\n\n</Expected>') =>
  `<Exercise id="${id}" title="T" tracks="all" minutes={30} check="manual"${extra}>\n\n${body}\n\n</Exercise>\n`;
const quiz = (id: string, answers: string) =>
  `<Quiz id="${id}">\n  <Question id="${id}-q1" prompt="Why?">\n${answers}\n  </Question>\n</Quiz>\n`;
const goodAnswers = [
  '    <Answer id="a" why="no">A</Answer>',
  '    <Answer id="b" correct why="yes">B</Answer>',
  '    <Answer id="c" why="no">C</Answer>',
].join('\n');

/** A one-week curriculum; `en` defaults to the same items as `zh`. */
function curriculum(zh: string, en: string = zh, week = 1): WeekSource[] {
  const page = (title: string, body: string) => ({ file: `week-${week}.md`, source: `---\ntitle: '${title}'\n---\n\n# ${title}\n\n${body}` });
  return [{ week, zh: page('第 1 周', zh), en: page('Week 1', en) }];
}
const problemsOf = (sources: WeekSource[]) => buildCatalogue(sources).problems;

describe('the training catalogue', () => {
  it('is what the curriculum generates (run `npm run training:catalogue` when this fails)', () => {
    const { catalogue, problems } = buildCatalogue(readCurriculum(root));
    expect(problems).toEqual([]);
    expect(serialise(catalogue)).toBe(committed);
  });

  it('parses with the server loader, with ids unique across the curriculum', () => {
    const catalogue = loadCatalogue();
    expect(catalogue.weeks.map((week) => week.docId)).toEqual(['training/week-1', 'training/week-2', 'training/week-3', 'training/week-4', 'training/week-5']);
    const ids = catalogue.weeks.flatMap((week) => week.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalogueItems(catalogue).size).toBe(ids.length);
  });

  it('has each week end in one quiz of 6 to 8 questions, and work for every track', () => {
    for (const week of loadCatalogue().weeks) {
      const quizzes = week.items.filter((item) => item.kind === 'quiz');
      expect(quizzes, `week ${week.week}`).toHaveLength(1);
      const [only] = quizzes;
      if (only?.kind !== 'quiz') throw new Error('unreachable');
      expect(only.questions.length).toBeGreaterThanOrEqual(6);
      expect(only.questions.length).toBeLessThanOrEqual(8);
      for (const track of ['developer', 'operator', 'business'] as const) {
        const minutes = week.items.filter((item) => item.required && item.tracks.includes(track)).reduce((sum, item) => sum + item.minutes, 0);
        expect(minutes / 60, `week ${week.week}, ${track}`).toBeGreaterThanOrEqual(7);
        expect(minutes / 60, `week ${week.week}, ${track}`).toBeLessThanOrEqual(13);
      }
    }
  });

  it('carries the automatic checks the lead engineer relies on', () => {
    const items = catalogueItems();
    expect(items.get('w4-portal-p2-with-log')?.check).toEqual({ type: 'ticket', priority: 'P2', attachment: true });
    expect(items.get('w4-saved-reply-pending')?.check).toEqual({ type: 'saved-reply-pending' });
    expect(items.get('w3-ops-ticket-5xx-ratio')?.check).toEqual({ type: 'metrics-answer', metric: 'ticket_5xx_ratio' });
    expect(items.get('w3-ops-drill')?.check).toEqual({ type: 'drill-report' });
  });
});

describe('the curriculum parser', () => {
  it('takes titles from each locale, hashes from the Chinese source, and the rest from the attributes', () => {
    const zh = `<Reading id="w1-read" minutes={20}>\n\n第一行是标题\n\n正文。\n\n</Reading>\n\n${exercise('w1-do', ' optional signOff')}`;
    const en = `<Reading id="w1-read" minutes={20}>\n\nThe first line is the title\n\nText.\n\n</Reading>\n\n${exercise('w1-do', ' optional signOff')}`;
    const { catalogue, problems } = buildCatalogue(curriculum(zh, en));
    expect(problems).toEqual([]);
    const [reading, task] = catalogue.weeks[0]!.items;
    expect(reading).toMatchObject({ kind: 'reading', title: { 'zh-Hans': '第一行是标题', en: 'The first line is the title' }, minutes: 20, required: true, check: { type: 'manual', signOff: false } });
    expect(task).toMatchObject({ kind: 'exercise', tracks: ['developer', 'operator', 'business'], required: false, check: { type: 'manual', signOff: true } });
    expect(reading!.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes an item’s hash when its Chinese text changes, not when only its wrapping does', () => {
    const hash = (zh: string) => buildCatalogue(curriculum(zh, exercise('w1-do'))).catalogue.weeks[0]!.items[0]!.hash;
    const original = hash(exercise('w1-do'));
    expect(hash(exercise('w1-do', '', 'Do   it.\n\n<Expected>\n\nIt\nworks.\n\n</Expected>'))).toBe(original);
    expect(hash(exercise('w1-do', '', 'Do it twice.\n\n<Expected>\n\nIt works.\n\n</Expected>'))).not.toBe(original);
  });

  it('reports an id used twice', () => {
    expect(problemsOf(curriculum(exercise('w1-do') + exercise('w1-do')))).toContainEqual(expect.stringContaining('w1-do is used twice'));
  });

  it('reports ids that differ between the locales', () => {
    expect(problemsOf(curriculum(exercise('w1-do'), exercise('w1-done')))).toContainEqual(expect.stringContaining('only in zh-Hans: w1-do; only in en: w1-done'));
  });

  it('reports a check, track or time estimate that differs between the locales', () => {
    expect(problemsOf(curriculum(exercise('w1-do'), exercise('w1-do', ' signOff')))).toContainEqual(expect.stringContaining('w1-do: zh-Hans and en differ'));
  });

  it('reports an id that does not name its week', () => {
    expect(problemsOf(curriculum(exercise('w2-do')))).toContainEqual(expect.stringContaining('id must be w1-<slug>'));
  });

  it('reports an exercise without <Expected>', () => {
    expect(problemsOf(curriculum(exercise('w1-do', '', 'Do it.')))).toContainEqual(expect.stringContaining('needs exactly one <Expected>'));
  });

  it('reports an exercise without minutes, or with minutes that are not a positive integer', () => {
    const without = '<Exercise id="w1-do" title="T" tracks="all" check="manual">\n\n<Expected>\n\nOK\n\n</Expected>\n\n</Exercise>\n';
    expect(problemsOf(curriculum(without))).toContainEqual(expect.stringContaining('minutes must be a positive integer'));
    expect(problemsOf(curriculum(without.replace('check=', 'minutes={1.5} check=')))).toContainEqual(expect.stringContaining('minutes must be a positive integer'));
  });

  it('reports tracks outside developer, operator and business', () => {
    expect(problemsOf(curriculum(exercise('w1-do').replace('tracks="all"', 'tracks="developer sales"')))).toContainEqual(expect.stringContaining('is not a subset'));
  });

  it('reports an unknown check, and a check’s attribute that is missing or misplaced', () => {
    expect(problemsOf(curriculum(exercise('w1-do').replace('check="manual"', 'check="magic"')))).toContainEqual(expect.stringContaining('check="magic" must be one of'));
    expect(problemsOf(curriculum(exercise('w1-do').replace('check="manual"', 'check="metrics-answer"')))).toContainEqual(expect.stringContaining('metric="undefined"'));
    expect(problemsOf(curriculum(exercise('w1-do').replace('check="manual"', 'check="ticket" priority="P5"')))).toContainEqual(expect.stringContaining('priority="P5"'));
    expect(problemsOf(curriculum(exercise('w1-do', ' attachment')))).toContainEqual(expect.stringContaining('attachment only belongs to check="ticket"'));
  });

  it('reads a quiz: its answers, the correct one and the default pass mark', () => {
    const { catalogue, problems } = buildCatalogue(curriculum(quiz('w1-quiz', goodAnswers)));
    expect(problems).toEqual([]);
    expect(catalogue.weeks[0]!.items[0]).toMatchObject({ kind: 'quiz', passMark: 0.8, check: { type: 'quiz' }, questions: [{ id: 'w1-quiz-q1', answers: ['a', 'b', 'c'], correct: 'b' }] });
  });

  it('reports a question without exactly one correct answer', () => {
    expect(problemsOf(curriculum(quiz('w1-quiz', goodAnswers.replace('<Answer id="a"', '<Answer id="a" correct'))))).toContainEqual(expect.stringContaining('has 2 correct answers'));
    expect(problemsOf(curriculum(quiz('w1-quiz', goodAnswers.replace(' correct', ''))))).toContainEqual(expect.stringContaining('has 0 correct answers'));
  });

  it('reports an answer without a why', () => {
    expect(problemsOf(curriculum(quiz('w1-quiz', goodAnswers.replace(' why="no">A', '>A'))))).toContainEqual(expect.stringContaining('answer a: needs a why'));
  });

  it('reports a question with fewer than 3 answers', () => {
    const two = goodAnswers.split('\n').slice(0, 2).join('\n');
    expect(problemsOf(curriculum(quiz('w1-quiz', two)))).toContainEqual(expect.stringContaining('has 2 answers, needs 3 to 5'));
  });
});
