import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
@ObjectType({ description: 'A person who can sign in, or who was invited and has not signed up yet' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  /** Stored lower-cased; unique. */
  @Index('users_email_key', { unique: true })
  @Column('text')
  @Field(() => String)
  email: string;

  @Column('text')
  @Field(() => String)
  name: string;

  /** argon2id hash; null for an invited user who has not signed up. Never exposed. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
