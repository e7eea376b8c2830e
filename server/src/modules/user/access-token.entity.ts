import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TokenScope } from '../../common/roles.js';

registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'What a personal access token may do',
  valuesConfig: { READ: { description: 'Queries and subscriptions only: every mutation is FORBIDDEN' }, READ_WRITE: { description: 'Everything its owner may do' } },
});
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import { User } from './user.entity.js';

/** A personal access token for reporting tools (`Authorization: Bearer trl_pat_...`). Hashed at rest. */
@Entity({ name: 'access_tokens' })
@ObjectType()
export class AccessToken {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('access_tokens_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Index('access_tokens_token_hash_key', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  /** The first characters of the token, so a person can tell their tokens apart. */
  @Column('text', { name: 'token_prefix' })
  @Field(() => String)
  prefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Column('text', { default: TokenScope.READ_WRITE })
  @Field(() => TokenScope)
  scope: TokenScope;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  @Field(() => Date, { nullable: true, description: 'After this instant the token is refused (UNAUTHENTICATED); null: until revoked' })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'access_tokens_user_id_fkey' })
  user?: unknown;
}
