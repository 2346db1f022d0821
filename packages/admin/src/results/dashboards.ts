import { type TemplateResult, html, nothing } from 'lit';
import type { Params, Translator } from '@civic-widgets/elements';
import { type ChartRow, chart } from '../components/chart.js';
import type { ResultsMessageKey } from '../i18n/results.js';
import {
  type Interval,
  LONG_TABLE,
  type PetitionDashboard,
  type PollDashboard,
  type ServiceComment,
  type ServiceDashboard,
  type ThreadDashboard,
  peakIndex,
  periodFormat,
  utcDay,
} from './model.js';

/*
 * Each kind's dashboard as templates: a summary in numbers, then charts with
 * their tables (components/chart.ts). The Results page shows them all; the
 * Petitions page shows a petition's (progress, by day, by region).
 */

/** What the templates need from the page: its words, numbers and dates, and its direction. */
export interface Speaker {
  t(key: ResultsMessageKey, params?: Params): string;
  i18n: Translator<string>;
  rtl: boolean;
  /** The level of the charts' headings. */
  level: 2 | 3;
}

const n = (s: Speaker) => (value: number) => s.i18n.number(value);

function period(s: Speaker, at: string, interval: Interval): string {
  return s.i18n.date(interval === 'day' ? utcDay(at.slice(0, 10)) : at, periodFormat(interval));
}

function day(s: Speaker, value: string): string {
  return s.i18n.date(utcDay(value), periodFormat('day'));
}

function facts(items: [string, string | TemplateResult][]): TemplateResult {
  return html`<dl class="summary-list">
    ${items.map(
      ([term, value]) =>
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

// ------------------------------------------------------------------ polls

export function pollDashboard(s: Speaker, d: PollDashboard): TemplateResult {
  const number = n(s);
  const share = (v: number) => s.i18n.percent(v);
  const top = peakIndex(d.options.map((o) => o.votes));
  const optionRows: ChartRow[] = d.options.map((o) => ({ label: o.label, values: [o.votes] }));
  const timeRows: ChartRow[] = d.overTime.map((p) => ({ label: period(s, p.at, d.interval), values: [p.votes] }));
  const busiest = peakIndex(d.overTime.map((p) => p.votes));
  return html`${facts([
    [s.t('poll.participants'), number(d.totalParticipants)],
    ...(d.poll.mode === 'multiple' ? ([[s.t('poll.votes'), number(d.totalVotes)]] as [string, string][]) : []),
  ])}
  ${d.poll.mode === 'multiple' ? html`<p class="muted">${s.t('poll.multiple')}</p>` : nothing}
  ${chart({
    id: 'poll-options',
    title: s.t('poll.optionsTitle'),
    description:
      top < 0
        ? s.t('poll.optionsNone')
        : s.t('poll.optionsDesc', {
            option: d.options[top]!.label,
            votes: d.options[top]!.votes,
            participants: d.totalParticipants,
          }),
    kind: 'bars',
    category: s.t('col.option'),
    series: [s.t('col.votes')],
    rows: optionRows,
    extra: [{ label: s.t('col.share'), cells: d.options.map((o) => share(o.share)) }],
    total: { label: s.t('total'), cells: [number(d.totalVotes), ''] },
    barText: (row, i, label) => s.t('poll.bar', { label, votes: row.values[0] ?? 0, share: share(d.options[i]!.share) }),
    number,
    rtl: s.rtl,
    empty: s.t('chart.empty'),
    level: s.level,
  })}
  ${chart({
    id: 'poll-time',
    title: s.t('poll.timeTitle'),
    description:
      busiest < 0
        ? s.t('poll.optionsNone')
        : s.t('poll.timeDesc', { period: timeRows[busiest]!.label, count: d.overTime[busiest]!.votes }),
    kind: 'columns',
    category: s.t(d.interval === 'day' ? 'col.day' : 'col.hour'),
    series: [s.t('poll.timeSeries')],
    rows: timeRows,
    total: { label: s.t('total'), cells: [number(d.totalParticipants)] },
    number,
    rtl: s.rtl,
    ...(timeRows.length > LONG_TABLE ? { tableSummary: s.t('table.show') } : {}),
    empty: s.t('chart.empty'),
    level: s.level,
  })}
  ${d.interval === 'day' && timeRows.length ? html`<p class="muted">${s.t('time.utc')}</p>` : nothing}`;
}

// ------------------------------------------------------------------ services

export function serviceDashboard(
  s: Speaker,
  d: ServiceDashboard,
  comments: { items: ServiceComment[]; more: boolean; loading: boolean; loadMore: () => void },
): TemplateResult {
  const number = n(s);
  const topScore = peakIndex(d.distribution.map((x) => x.count));
  const topReason = peakIndex(d.reasons.map((x) => x.count));
  const busiest = peakIndex(d.overTime.map((p) => p.ratings));
  const timeRows: ChartRow[] = d.overTime.map((p) => ({ label: period(s, p.at, d.interval), values: [p.ratings] }));
  const average =
    d.service.scale === 'yesno'
      ? ([[s.t('service.yes'), d.yesShare === null ? '—' : s.i18n.percent(d.yesShare)]] as [string, string][])
      : ([
          [
            s.t('service.average'),
            d.average === null ? '—' : s.t('service.averageValue', { average: s.i18n.format('{a}', { a: d.average }) }),
          ],
        ] as [string, string][]);
  return html`${facts([[s.t('service.count'), number(d.count)], ...average])}
    ${chart({
      id: 'service-scores',
      title: s.t('service.scoresTitle'),
      description:
        topScore < 0
          ? s.t('chart.empty')
          : s.t('service.scoresDesc', {
              label: d.distribution[topScore]!.label,
              count: d.distribution[topScore]!.count,
              total: d.count,
            }),
      kind: 'bars',
      category: s.t('col.score'),
      series: [s.t('col.ratings')],
      rows: d.distribution.map((x) => ({ label: x.label, values: [x.count] })),
      total: { label: s.t('total'), cells: [number(d.count)] },
      barText: (row, _i, label) => s.t('service.bar', { label, count: row.values[0] ?? 0 }),
      number,
      rtl: s.rtl,
      empty: s.t('chart.empty'),
      level: s.level,
    })}
    ${
      d.reasons.length
        ? chart({
            id: 'service-reasons',
            title: s.t('service.reasonsTitle'),
            description:
              topReason < 0
                ? s.t('chart.empty')
                : s.t('service.reasonsDesc', { label: d.reasons[topReason]!.label, count: d.reasons[topReason]!.count }),
            kind: 'bars',
            category: s.t('col.reason'),
            series: [s.t('col.times')],
            rows: d.reasons.map((x) => ({ label: x.label, values: [x.count] })),
            total: { label: s.t('total'), cells: [number(d.reasons.reduce((a, x) => a + x.count, 0))] },
            barText: (row, _i, label) => s.t('service.bar', { label, count: row.values[0] ?? 0 }),
            number,
            rtl: s.rtl,
            empty: s.t('chart.empty'),
            level: s.level,
          })
        : nothing
    }
    ${chart({
      id: 'service-time',
      title: s.t('service.timeTitle'),
      description:
        busiest < 0
          ? s.t('chart.empty')
          : s.t('service.timeDesc', { period: timeRows[busiest]!.label, count: d.overTime[busiest]!.ratings }),
      kind: 'columns',
      category: s.t(d.interval === 'day' ? 'col.day' : 'col.hour'),
      series: [s.t('col.ratings')],
      rows: timeRows,
      total: { label: s.t('total'), cells: [number(d.count)] },
      number,
      rtl: s.rtl,
      ...(timeRows.length > LONG_TABLE ? { tableSummary: s.t('table.show') } : {}),
      empty: s.t('chart.empty'),
      level: s.level,
    })}
    <section aria-labelledby="service-comments-heading">
      ${
        s.level === 2
          ? html`<h2 id="service-comments-heading">${s.t('service.commentsTitle')}</h2>`
          : html`<h3 id="service-comments-heading">${s.t('service.commentsTitle')}</h3>`
      }
      ${
        comments.items.length
          ? html`<p class="muted">${s.t('service.commentsShown', { count: comments.items.length })}</p>
              <ul class="feedback">
                ${comments.items.map(
                  (c) =>
                    html`<li>
                      <p class="feedback-meta">
                        <strong>${s.t('service.commentScore', { score: c.scoreLabel })}</strong>
                        <time datetime=${c.at}>${s.i18n.date(c.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                      </p>
                      ${
                        c.reasons.length
                          ? html`<p class="muted">${s.t('service.commentReasons', { reasons: c.reasons.join(', ') })}</p>`
                          : nothing
                      }
                      <p class="user-text" dir="auto">${c.comment}</p>
                    </li>`,
                )}
              </ul>`
          : html`<p>${s.t('service.commentsNone')}</p>`
      }
      ${
        comments.more
          ? html`<button type="button" class="secondary" id="more-comments" @click=${comments.loadMore}>
              ${s.t('service.commentsMore')}
            </button>`
          : nothing
      }
      <p role="status" class="visually-hidden">${comments.loading ? s.t('service.commentsLoading') : ''}</p>
    </section>`;
}

// ------------------------------------------------------------------ petitions

/** Progress to the goal, totals and milestones. */
export function petitionProgress(s: Speaker, d: PetitionDashboard): TemplateResult {
  const number = n(s);
  return html`<p class="progress-line">
      <label for="petition-progress">${s.t('petition.progressLabel')}</label>
      <progress id="petition-progress" max=${Math.max(d.goal, 1)} value=${Math.min(d.signatureCount, d.goal)}></progress>
      <span>${s.t('petition.progress', { count: d.signatureCount, goal: d.goal, percent: s.i18n.percent(d.progress) })}</span>
    </p>
    ${facts([
      [s.t('petition.signatures'), number(d.totals.confirmed)],
      [s.t('petition.pending'), number(d.totals.pending)],
      [s.t('petition.invalidated'), number(d.totals.invalidated)],
      [s.t('petition.goal'), number(d.goal)],
      ...(d.petition.respondedAt
        ? ([[s.t('petition.respondedAt'), s.i18n.date(d.petition.respondedAt, { dateStyle: 'long' })]] as [string, string][])
        : []),
    ])}
    ${s.level === 2 ? html`<h2>${s.t('petition.milestones')}</h2>` : html`<h3>${s.t('petition.milestones')}</h3>`}
    ${
      d.milestones.length
        ? html`<ul class="milestones">
            ${d.milestones.map(
              (m) =>
                html`<li class=${m.reached ? 'reached' : ''}>
                  <strong>${s.t('petition.milestoneCount', { count: m.count })}</strong> — <bdi>${m.label}</bdi>:
                  <span class="tag ${m.reached ? 'open' : 'closed'}"
                    >${m.reached && m.reachedOn ? s.t('petition.milestoneReached', { date: day(s, m.reachedOn) }) : s.t('petition.milestoneNotYet')}</span
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>${s.t('petition.milestonesNone')}</p>`
    }`;
}

/** Signatures by day (stacked by status) and by region. */
export function petitionCharts(s: Speaker, d: PetitionDashboard): TemplateResult {
  const number = n(s);
  const busiest = peakIndex(d.byDay.map((x) => x.signed));
  const dayRows: ChartRow[] = d.byDay.map((x) => ({ label: day(s, x.day), values: [x.confirmed, x.pending, x.invalidated] }));
  const topRegion = peakIndex(d.byRegion.map((x) => x.confirmed));
  const statuses = [s.t('col.confirmed'), s.t('col.pending'), s.t('col.invalidated')];
  const hasRegions = d.byRegion.some((r) => r.regionId !== null);
  return html`${chart({
    id: 'petition-days',
    title: s.t('petition.daysTitle'),
    description:
      busiest < 0
        ? s.t('chart.empty')
        : s.t('petition.daysDesc', { day: dayRows[busiest]!.label, count: d.byDay[busiest]!.signed }),
    kind: 'columns',
    category: s.t('col.day'),
    series: statuses,
    rows: dayRows,
    extra: [{ label: s.t('col.signed'), cells: d.byDay.map((x) => number(x.signed)) }],
    total: {
      label: s.t('total'),
      cells: [
        d.totals.confirmed,
        d.totals.pending,
        d.totals.invalidated,
        d.totals.confirmed + d.totals.pending + d.totals.invalidated,
      ].map(number),
    },
    number,
    rtl: s.rtl,
    ...(dayRows.length > LONG_TABLE ? { tableSummary: s.t('table.show') } : {}),
    empty: s.t('chart.empty'),
    level: s.level,
  })}
  ${dayRows.length ? html`<p class="muted">${s.t('time.utc')}</p>` : nothing}
  ${
    hasRegions
      ? chart({
          id: 'petition-regions',
          title: s.t('petition.regionsTitle'),
          description:
            topRegion < 0
              ? s.t('chart.empty')
              : s.t('petition.regionsDesc', { region: d.byRegion[topRegion]!.label, count: d.byRegion[topRegion]!.confirmed }),
          kind: 'bars',
          category: s.t('col.region'),
          series: [s.t('col.confirmed')],
          rows: d.byRegion.map((r) => ({ label: r.label, values: [r.confirmed] })),
          extra: [
            { label: s.t('col.pending'), cells: d.byRegion.map((r) => number(r.pending)) },
            { label: s.t('col.invalidated'), cells: d.byRegion.map((r) => number(r.invalidated)) },
          ],
          total: { label: s.t('total'), cells: [d.totals.confirmed, d.totals.pending, d.totals.invalidated].map(number) },
          barText: (row, _i, label) => s.t('petition.bar', { label, count: row.values[0] ?? 0 }),
          number,
          rtl: s.rtl,
          empty: s.t('chart.empty'),
          level: s.level,
        })
      : html`<p>${s.t('petition.regionsNone')}</p>`
  }`;
}

// ------------------------------------------------------------------ threads

const STATUSES = ['published', 'pending', 'hidden', 'removed'] as const;

export function threadDashboard(s: Speaker, d: ThreadDashboard): TemplateResult {
  const number = n(s);
  const busiest = peakIndex(d.byDay.map((x) => x.comments));
  const dayRows: ChartRow[] = d.byDay.map((x) => ({ label: day(s, x.day), values: [x.comments] }));
  return html`${facts([
    [s.t('thread.comments'), number(d.comments)],
    [s.t('thread.published'), number(d.published)],
    [s.t('thread.participants'), number(d.participants)],
    [s.t('thread.reports'), number(d.openReports)],
    [s.t('thread.upvotes'), number(d.upvotes)],
  ])}
  ${chart({
    id: 'thread-days',
    title: s.t('thread.daysTitle'),
    description:
      busiest < 0
        ? s.t('chart.empty')
        : s.t('thread.daysDesc', { day: dayRows[busiest]!.label, count: d.byDay[busiest]!.comments }),
    kind: 'columns',
    category: s.t('col.day'),
    series: [s.t('col.comments')],
    rows: dayRows,
    extra: [{ label: s.t('col.people'), cells: d.byDay.map((x) => number(x.participants)) }],
    total: { label: s.t('total'), cells: [number(d.comments), number(d.participants)] },
    number,
    rtl: s.rtl,
    ...(dayRows.length > LONG_TABLE ? { tableSummary: s.t('table.show') } : {}),
    empty: s.t('chart.empty'),
    level: s.level,
  })}
  ${dayRows.length ? html`<p class="muted">${s.t('time.utc')}</p>` : nothing}
  ${chart({
    id: 'thread-statuses',
    title: s.t('thread.statusesTitle'),
    description: s.t('thread.statusesDesc', { ...d.statusCounts }),
    kind: 'bars',
    category: s.t('col.commentStatus'),
    series: [s.t('col.comments')],
    rows: STATUSES.map((status) => ({ label: s.t(`status.${status}`), values: [d.statusCounts[status]] })),
    total: { label: s.t('total'), cells: [number(d.comments)] },
    barText: (row, _i, label) => s.t('thread.bar', { label, count: row.values[0] ?? 0 }),
    number,
    rtl: s.rtl,
    empty: s.t('chart.empty'),
    level: s.level,
  })}`;
}
