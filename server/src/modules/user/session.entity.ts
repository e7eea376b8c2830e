import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, ManyToOne, JoinColumn } from 'typeorm';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryColumn('text', { name: 'token_hash' })
  tokenHash: string;

  @Index('sessions_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user?: unknown;
}
