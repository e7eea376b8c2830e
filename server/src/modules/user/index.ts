/**
 * The user module: accounts, sessions and access tokens. Other modules import it only from here.
 */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { batchOptions, byId } from '../../common/batch.js';
import { defineModule } from '../../module.js';
import { AccessToken } from './access-token.entity.js';
import { AuthService, type AuthOptions } from './auth.service.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

export { AccessToken } from './access-token.entity.js';
export { AuthService, BOARD_PREFIX, checkPersonName, hashPassword, newSecret, normaliseEmail, sha256 } from './auth.service.js';
export type { AuthOptions } from './auth.service.js';
export { Session } from './session.entity.js';
export { User } from './user.entity.js';

/** This module's per-request loaders. */
const userLoaders = (ds: DataSource) => ({
  user: new DataLoader<string, User | null>(async (ids) => byId(ids, await ds.getRepository(User).findBy({ id: In([...ids]) })), batchOptions),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof userLoaders> {}
}

export const userModule = defineModule({
  name: 'user',
  entities: [User, Session, AccessToken],
  loaders: userLoaders,
  create: ({ ds }, needs: AuthOptions) => {
    const auth = new AuthService(ds, needs);
    return { services: { auth }, resolvers: [[UserResolver, new UserResolver(auth)]] };
  },
});
