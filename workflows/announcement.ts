/**
 * A jurisdiction's yearly announcement (年度社会公告, domain/announcement.ts): each run takes one version
 * from its draft — the year-end exit statistics as of the cut-off, fixed by an activity in the
 * announcements table — to its decision: published, or discarded. Every step is recorded through the
 * shared recording pipeline into the announcement's own hash-chained ledger; every decision is an update
 * whose validator asks the domain. A run ends a day after its last decision; a later draft or decision
 * starts a new run, which reads the versions so far.
 */
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { surviveWorkerCancellation } from './local-activities';
import { chinaDateOf } from '../domain/calendar';
import {
  announcementDecisionProblem,
  announcementIdOf,
  currentAnnouncement,
  draftProblem,
  pendingAnnouncement,
  type AnnouncementDecisionInput,
  type AnnouncementDraft,
  type AnnouncementState,
  type AnnouncementVersion,
} from '../domain/announcement';
import { recording } from './recording';
import { yearIdOf } from '../domain/year-state';
import { announcementPublishedSignal, yearWorkflowId } from './year-contract';
import { refuseIf, takeTurns } from './turns';
import {
  decideAnnouncementUpdate,
  draftAnnouncementUpdate,
  getAnnouncementStateQuery,
  type AnnouncementEventType,
  type AnnouncementInput,
  type AnnouncementReceipt,
} from './announcement-contract';

const { recordAnnouncementStep, prepareAnnouncementVersion, deliverEffect } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

const { loadAnnouncement } = surviveWorkerCancellation(
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  }),
);

export async function yearAnnouncementWorkflow(input: AnnouncementInput): Promise<AnnouncementState> {
  const state: AnnouncementState = { ...input, versions: [], sequence: 0 };
  setHandler(getAnnouncementStateQuery, () => state);
  const exclusively = takeTurns();
  // What earlier runs recorded; the updates wait for it in turn, and the validators say nothing before it
  // (the handlers ask the same rules again once it is there).
  let isLoaded = false;
  const loaded = exclusively(async () => {
    Object.assign(state, await loadAnnouncement({ key: input.key }));
    isLoaded = true;
  });
  const validated = (problem: () => string | null) => {
    if (isLoaded) refuseIf(problem());
  };

  const { step, settled } = recording<AnnouncementState, AnnouncementEventType>(state, {
    write: ({ event, snapshot }) => recordAnnouncementStep({ event, snapshot }),
    deliver: deliverEffect,
  });
  const today = () => chinaDateOf(new Date());
  const receipt = (version: AnnouncementVersion, sequence: number): AnnouncementReceipt => ({
    key: state.key,
    id: version.id,
    version: version.version,
    status: version.status,
    sequence,
  });

  setHandler(
    draftAnnouncementUpdate,
    (draft: AnnouncementDraft) =>
      exclusively(async () => {
        refuseIf(draftProblem(state, draft, today()));
        const version = (state.versions.at(-1)?.version ?? 0) + 1;
        const id = announcementIdOf(state.key, version);
        const corrects = currentAnnouncement(state)?.version ?? null;
        const at = new Date().toISOString();
        const content = await prepareAnnouncementVersion({
          id,
          key: state.key,
          regionCode: state.regionCode,
          year: state.year,
          version,
          cutoff: draft.cutoff,
          corrects,
          correction: draft.correction?.trim() ?? null,
          draftedBy: draft.actor,
          draftedAt: at,
        });
        const drafted: AnnouncementVersion = {
          ...content,
          id,
          version,
          cutoff: draft.cutoff,
          corrects,
          correction: draft.correction?.trim() ?? null,
          status: 'draft',
          draftedBy: draft.actor,
          draftedAt: at,
          decision: null,
        };
        state.versions.push(drafted);
        const sequence = await step('announcement_drafted', {
          actor: draft.actor,
          reason: drafted.correction,
          detail: {
            version,
            cutoff: draft.cutoff,
            asOf: content.asOf,
            rows: content.rows,
            contentHash: content.contentHash,
            corrects,
          },
        });
        return receipt(drafted, sequence);
      }),
    { validator: (draft) => validated(() => draftProblem(state, draft, today())) },
  );

  setHandler(
    decideAnnouncementUpdate,
    (decision: AnnouncementDecisionInput) =>
      exclusively(async () => {
        refuseIf(announcementDecisionProblem(state, decision));
        const version = state.versions.find((v) => v.version === decision.version)!;
        const sequence = state.sequence + 1;
        version.status = decision.outcome === 'approved' ? 'published' : 'discarded';
        version.decision = {
          by: decision.actor,
          at: new Date().toISOString(),
          outcome: decision.outcome,
          reason: decision.reason,
        };
        await step(decision.outcome === 'approved' ? 'announcement_published' : 'announcement_discarded', {
          actor: decision.actor,
          reason: decision.reason,
          detail: { version: version.version, contentHash: version.contentHash, corrects: version.corrects },
        });
        if (decision.outcome === 'approved' && patched('announcement-completes-milestone'))
          await tellTheYear(version, decision.actor);
        return receipt(version, sequence);
      }),
    { validator: (decision) => validated(() => announcementDecisionProblem(state, decision)) },
  );

  /** Publishing is the year's announcement milestone: the year is told, when it runs (else nothing to do). */
  async function tellTheYear(version: AnnouncementVersion, by: AnnouncementDecisionInput['actor']) {
    const year = getExternalWorkflowHandle(yearWorkflowId(yearIdOf(state.regionCode, state.year)));
    try {
      await year.signal(announcementPublishedSignal, {
        announcementId: version.id,
        version: version.version,
        by,
        publishedAt: version.decision!.at,
      });
    } catch (error) {
      log.info('the year was not told of the announcement', { error: String(error) });
    }
  }

  await loaded;
  if (patched('announcement-serves-until-idle')) {
    // The run serves drafts and their decisions until a day passes with nothing waiting; a draft that
    // lands as it ends keeps it going, so that no draft is left without a run to decide it.
    do {
      while (await condition(() => pendingAnnouncement(state) !== null, '1 day'))
        await condition(() => pendingAnnouncement(state) === null);
      await settled();
      await condition(allHandlersFinished);
    } while (pendingAnnouncement(state) !== null);
  } else {
    // Runs started before the patch carried one draft to its decision.
    await condition(() => state.versions.some((v) => v.status === 'draft'), '1 day');
    await condition(() => pendingAnnouncement(state) === null);
    await settled();
    await condition(allHandlersFinished);
  }
  return state;
}
