import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, ManyToOne, JoinColumn } from 'typeorm';
import { User } from '../user/index.js';
import { Project } from './project.entity.js';
import { ProjectRole } from './project.enums.js';

@Entity({ name: 'project_members' })
@ObjectType({ description: "A person's role in one project" })
export class ProjectMember {
  @PrimaryColumn('uuid', { name: 'project_id' })
  @Field(() => ID)
  projectId: string;

  @Index('project_members_user_id_idx')
  @PrimaryColumn('uuid', { name: 'user_id' })
  @Field(() => ID)
  userId: string;

  @Column('text')
  @Field(() => ProjectRole)
  role: ProjectRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_members_project_id_fkey' })
  project?: unknown;

  @ManyToOne(() => User, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'project_members_user_id_fkey' })
  user?: unknown;
}
