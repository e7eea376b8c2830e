import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload.js';
import { AccessToken } from './access-token.entity.js';
import { User } from './user.entity.js';

@ObjectType() export class AuthPayload extends MutationPayload { @Field(() => User) user: User; }
@ObjectType() export class AccessTokenPayload extends MutationPayload { @Field(() => AccessToken) accessToken: AccessToken; }

@ObjectType({ description: 'The secret is shown only here, once' })
export class AccessTokenCreatePayload extends MutationPayload {
  @Field(() => String) token: string;
  @Field(() => AccessToken) accessToken: AccessToken;
}

