import { Gauge, type Registry } from 'prom-client';
import type { SlaReadiness } from '../health/readiness.js';
import type { Logger } from '../logger.js';
import type { SlaService } from './service.js';

/** /ready's view of the SLA calendars: warns from 60 days before a calendar in use runs out of known days. */
export function slaProbe(sla: SlaService): () => Promise<SlaReadiness> {
  return async () => {
    let report;
    try {
      report = await sla.coverage();
    } catch {
      return { status: 'warning', calendars: [], detail: 'The SLA calendars could not be read.' };
    }
    const ending = report.calendars.filter((calendar) => calendar.warn).map((calendar) => calendar.id);
    return ending.length
      ? { ...report, detail: `Enter the next year's holidays of ${ending.join(', ')} (docs/operations/sla): due times past its coverage are not computed.` }
      : report;
  };
}

/**
 * The SLA calendars on /metrics, read at each scrape: days each calendar in use still covers, whether it warns,
 * and the open clocks without a due time because their calendar could not give one.
 */
export function registerSlaMetrics(registry: Registry, sla: SlaService, logger: Logger): void {
  if (registry.getSingleMetric('handover_sla_calendar_coverage_days')) return;
  const failed = (error: unknown) => logger.warn({ err: error }, 'reading SLA metrics failed');
  new Gauge({
    name: 'handover_sla_calendar_coverage_days',
    help: 'Whole days until an SLA calendar in use stops covering (negative once it has). Alert below 60: load next year’s holidays.',
    labelNames: ['calendar'] as const,
    registers: [registry],
    async collect() {
      try {
        this.reset();
        for (const calendar of (await sla.coverage()).calendars) if (calendar.daysLeft !== null) this.set({ calendar: calendar.id }, calendar.daysLeft);
      } catch (error) {
        failed(error);
      }
    },
  });
  new Gauge({
    name: 'handover_sla_calendar_coverage_warning',
    help: '1 while an SLA calendar in use covers less than 60 more days (or no more), else 0.',
    labelNames: ['calendar'] as const,
    registers: [registry],
    async collect() {
      try {
        this.reset();
        for (const calendar of (await sla.coverage()).calendars) this.set({ calendar: calendar.id }, calendar.warn ? 1 : 0);
      } catch (error) {
        failed(error);
      }
    },
  });
  new Gauge({
    name: 'handover_sla_clocks_needing_attention',
    help: 'Open SLA clocks without a due time because their calendar could not give one (a day it does not cover).',
    registers: [registry],
    async collect() {
      try {
        this.set(await sla.countAttention());
      } catch (error) {
        failed(error);
      }
    },
  });
}
