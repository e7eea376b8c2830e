/** A person's role in one project: what the access core decides by. */
export enum ProjectRole {
  OWNER = 'OWNER',
  MANAGER = 'MANAGER',
  MEMBER = 'MEMBER',
  VIEWER = 'VIEWER',
}

/** What a personal access token may do: read only, or read and write (as its owner could). */
export enum TokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

/** Who is asking. A board viewer is a wall screen holding one project's board token. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; via: 'session' | 'token'; sessionTokenHash?: string; scope?: TokenScope }
  | { kind: 'board'; projectId: string; tokenId: string };
