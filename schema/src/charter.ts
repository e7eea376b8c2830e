/** Charter document layout shared by the client editors and the server projector. */
export const CHARTER_SECTIONS = [
  'purpose',
  'objectives',
  'successCriteria',
  'inScope',
  'outOfScope',
  'assumptions',
  'constraints',
  'keyStakeholders',
] as const;
export type CharterSection = (typeof CHARTER_SECTIONS)[number];

/** Sections edited as lists: each list item (or paragraph) is one entry. */
export const CHARTER_LIST_SECTIONS: readonly CharterSection[] = ['objectives', 'successCriteria', 'keyStakeholders'];

export const charterDocName = (projectId: string) => `project/${projectId}/charter`;
