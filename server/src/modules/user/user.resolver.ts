import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { TokenScope } from '../../common/roles.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { AccessTokenCreatePayload, AccessTokenPayload, AuthPayload } from './user.payloads.js';
import { AccessToken } from './access-token.entity.js';
import type { AuthService } from './auth.service.js';
import { User } from './user.entity.js';

@InputType()
export class SignUpInput {
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'At least 8 characters' }) password: string;
}

@InputType()
export class SignInInput {
  @Field(() => String) email: string;
  @Field(() => String) password: string;
}

@InputType()
export class AccessTokenCreateInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Power BI report"' }) name: string;
  @Field(() => TokenScope, { nullable: true, description: 'READ for reporting tools (every mutation refused); READ_WRITE when omitted' })
  scope?: TokenScope | null;
  @Field(() => Date, { nullable: true, description: 'When the token stops working (at most a year away); none: until revoked' })
  expiresAt?: Date | null;
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  viewer(@Ctx() ctx: Context) {
    return ctx.actor.kind === 'user' ? ctx.loaders.user.load(ctx.actor.userId) : null;
  }

  @Query(() => [AccessToken], { description: "The viewer's active personal access tokens" })
  accessTokens(@Ctx() ctx: Context) {
    return this.auth.listAccessTokens(ctx.actor);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in (sets the session cookie)' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context) {
    const { user, session } = await this.auth.signUp(input);
    ctx.res?.append('Set-Cookie', this.auth.sessionCookie(session.secret, session.maxAgeSeconds));
    return { user };
  }

  @Mutation(() => AuthPayload, { description: 'Signs in (sets the session cookie)' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    const { user, session } = await this.auth.signIn(input);
    ctx.res?.append('Set-Cookie', this.auth.sessionCookie(session.secret, session.maxAgeSeconds));
    return { user };
  }

  @Mutation(() => Boolean)
  async signOut(@Ctx() ctx: Context) {
    await this.auth.signOut(ctx.actor);
    ctx.res?.append('Set-Cookie', this.auth.sessionCookie('', 0));
    return true;
  }

  @Mutation(() => AccessTokenCreatePayload, { description: 'A personal access token for reporting tools; the secret is returned once' })
  accessTokenCreate(@Arg('input', () => AccessTokenCreateInput) input: AccessTokenCreateInput, @Ctx() ctx: Context) {
    return this.auth.createAccessToken(ctx.actor, input.name, { scope: input.scope, expiresAt: input.expiresAt });
  }

  @Mutation(() => AccessTokenPayload)
  async accessTokenRevoke(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { accessToken: await this.auth.revokeAccessToken(ctx.actor, id) };
  }
}
