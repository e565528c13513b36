import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { verifyPassword } from './password.ts';
import { issueToken, TOKEN_TTL } from './tokens.ts';
import { AppUser } from './user.entity.ts';
import { findUserByName } from './user.repository.ts';
import { currentViewer } from './viewer.ts';

@ObjectType({ simpleResolvers: true, description: 'A bearer token and the user it is for.' })
export class LoginResult {
  @Field(() => String, { description: `Send as "Authorization: Bearer <token>"; valid for ${TOKEN_TTL}.` })
  token: string;

  @Field(() => AppUser, { description: 'The user.' })
  user: AppUser;
}

@Resolver(() => AppUser)
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Exchanges a username and password for a bearer token. The only operation open to anonymous callers.' })
  async login(
    @Arg('username', () => String, { description: 'Login name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const user = await findUserByName(ctx.db, username);
    // One message for unknown users and wrong passwords: no hint which it was.
    if (!user || user.disabled || !(await verifyPassword(password, user.passwordHash))) {
      throw new GraphQLError('Wrong username or password', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    return Object.assign(new LoginResult(), { token: await issueToken(ctx.tokenSecret, user.id), user });
  }

  @Query(() => AppUser, { nullable: true, description: 'The signed-in user (null for the built-in system viewer).' })
  me(@Ctx() ctx: Context): Promise<AppUser | null> | null {
    const { id } = currentViewer().user;
    return id === null ? null : ctx.loaders.userById.load(id);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The province of a province admin, the district of a district officer.' })
  unit(@Root() user: AppUser, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return user.unitId ? ctx.loaders.unitById.load(user.unitId) : null;
  }
}
