import { randomUUID } from 'node:crypto';
import { AppError, CoreErrors, fieldProblem } from '@kepu/core';
import { RegisterErrors } from '../register-errors';
import type { ResourceContentDto } from './resource-content.dto';
import type { ResourceContent } from './resources.views';
import { RegisterProblems } from '../register-problems';

export { Accreditation, Admission, Exhibit, ResourceContent } from './resources.views';

const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Validated input → stored content: strings trimmed, defaults filled, list items given stable ids. */
export function normalizeContent(input: ResourceContentDto): ResourceContent {
  const admission = input.admission && {
    free: input.admission.free,
    prices: input.admission.prices.map((p) => ({ label: p.label.trim(), amountFen: p.amountFen })),
    concessions: input.admission.concessions.map((c) => ({ group: c.group, kind: c.kind, note: text(c.note) })),
    note: text(input.admission.note),
  };
  if (admission?.free && admission.prices.length) {
    throw new AppError(CoreErrors.VALIDATION_FAILED, [
      fieldProblem('admission.prices', RegisterProblems.FREE_WITH_PRICES),
    ]);
  }
  return {
    name: input.name.trim(),
    nameEn: text(input.nameEn),
    type: input.type,
    regionCode: input.regionCode,
    address: input.address.trim(),
    location: { lat: input.location.lat, lng: input.location.lng },
    description: input.description?.trim() ?? '',
    themes: input.themes ?? [],
    audiences: input.audiences ?? [],
    accessibility: input.accessibility ?? [],
    admission: admission ?? null,
    contact: { phone: text(input.contact?.phone), email: text(input.contact?.email)?.toLowerCase() ?? null },
    website: text(input.website),
    transport: text(input.transport),
    photos: (input.photos ?? []).map((p) => ({ mediaId: p.mediaId, caption: text(p.caption) })),
    accreditations: (input.accreditations ?? []).map((a) => ({
      id: a.id ?? randomUUID(),
      name: a.name.trim(),
      level: a.level,
      yearGranted: a.yearGranted,
      expiresOn: a.expiresOn ?? null,
      evidenceId: a.evidenceId ?? null,
    })),
    exhibits: (input.exhibits ?? []).map((e) => ({
      id: e.id ?? randomUUID(),
      name: e.name.trim(),
      category: e.category,
      explanation: e.explanation.trim(),
      photoId: e.photoId ?? null,
    })),
  };
}

/** Stored content back to the input shape, so a partial edit can be merged over it and re-validated. */
export function contentAsInput(content: ResourceContent): ResourceContentDto {
  const drop = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as never;
  return drop({
    ...content,
    admission:
      content.admission && drop({ ...content.admission, concessions: content.admission.concessions.map(drop) }),
    contact: drop(content.contact),
    photos: content.photos.map(drop),
    accreditations: content.accreditations.map(drop),
    exhibits: content.exhibits.map(drop),
  });
}

/** What a submission must have beyond a draft's minimum: the fields the public "menu" relies on. */
export function missingForSubmission(content: ResourceContent): string[] {
  const missing: string[] = [];
  if (!content.description) missing.push('description');
  if (!content.themes.length) missing.push('themes');
  if (!content.audiences.length) missing.push('audiences');
  if (!content.admission) missing.push('admission');
  else if (!content.admission.free && !content.admission.prices.length) missing.push('admission.prices');
  return missing;
}

export function requireComplete(content: ResourceContent): void {
  const missing = missingForSubmission(content);
  if (missing.length) {
    throw new AppError(
      RegisterErrors.INCOMPLETE_RESOURCE,
      missing.map((field) => fieldProblem(field, RegisterProblems.REQUIRED_BEFORE_SUBMISSION, { field })),
    );
  }
}
