import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from './project.entity.js';

/** A project's last change number (see common/changes.ts); written only by publishInTransaction. */
@Entity({ name: 'project_changes' })
export class ProjectChange {
  @PrimaryColumn('uuid', { name: 'project_id', primaryKeyConstraintName: 'PK_project_changes' })
  projectId: string;

  @Column('bigint')
  change: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_changes_project_id_fkey' })
  project?: unknown;
}
