import { fail, invalidRequest, notFound, ok, type Result } from './errors';
import { newId } from './ids';
import { activeProjectById, projectName } from './projects';
import type { Account, Entry, EntryRecord } from './types';

/** The API view of a stored entry; `durationSeconds` is the floor of the elapsed seconds. */
export function entryView(account: Account, e: EntryRecord): Entry {
  return {
    id: e.id,
    projectId: e.projectId,
    projectName: projectName(account, e.projectId),
    description: e.description,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    durationSeconds: Math.floor((Date.parse(e.endedAt) - Date.parse(e.startedAt)) / 1000),
  };
}

/** The API views of all the account's entries, oldest start first. */
export function listEntries(account: Account): Entry[] {
  return [...account.entries]
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
    .map((e) => entryView(account, e));
}

/** Fields of an entry (times already normalised to ISO UTC). */
export interface EntryFields {
  projectId: string;
  description?: string | null;
  startedAt: string;
  endedAt: string;
}

/** 400 unless `endedAt` is after `startedAt`. */
function checkOrder(startedAt: string, endedAt: string): Result<true> {
  if (Date.parse(endedAt) > Date.parse(startedAt)) return ok(true);
  return fail(invalidRequest(['endedAt: must be after startedAt']));
}

/** Logs a completed entry; 404 project_not_found for an unknown/archived project. */
export function createEntry(account: Account, input: EntryFields): Result<Entry> {
  const order = checkOrder(input.startedAt, input.endedAt);
  if (!order.ok) return order;
  const project = activeProjectById(account, input.projectId);
  if (!project.ok) return project;
  const record: EntryRecord = {
    id: newId('ent'),
    projectId: project.value.id,
    description: input.description?.trim() ? input.description.trim() : null,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
  };
  account.entries.push(record);
  return ok(entryView(account, record));
}

/** Edits an entry; 404 not_found for an unknown id, 404 project_not_found, 400 for bad times. */
export function updateEntry(account: Account, entryId: string, patch: Partial<EntryFields>): Result<Entry> {
  const record = account.entries.find((e) => e.id === entryId);
  if (!record) return fail(notFound(`No time entry has the id "${entryId}".`));
  const startedAt = patch.startedAt ?? record.startedAt;
  const endedAt = patch.endedAt ?? record.endedAt;
  const order = checkOrder(startedAt, endedAt);
  if (!order.ok) return order;
  if (patch.projectId !== undefined && patch.projectId !== record.projectId) {
    const project = activeProjectById(account, patch.projectId);
    if (!project.ok) return project;
    record.projectId = project.value.id;
  }
  if (patch.description !== undefined) {
    record.description = patch.description?.trim() ? patch.description.trim() : null;
  }
  record.startedAt = startedAt;
  record.endedAt = endedAt;
  return ok(entryView(account, record));
}

/** Deletes an entry; 404 not_found for an unknown id. */
export function deleteEntry(account: Account, entryId: string): Result<true> {
  const index = account.entries.findIndex((e) => e.id === entryId);
  if (index < 0) return fail(notFound(`No time entry has the id "${entryId}".`));
  account.entries.splice(index, 1);
  return ok(true);
}
