import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { logIn } from './auth.service.ts';
import { LoginResult } from './auth.types.ts';
import { AppUser } from './user.entity.ts';
import { currentViewer } from './viewer.ts';

@Resolver(() => AppUser)
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Exchanges a username and password for a bearer token. The only operation open to anonymous callers.' })
  login(
    @Arg('username', () => String, { description: 'Login name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    return logIn(ctx.db, ctx.tokenSecret, username, password, { address: ctx.clientAddress, throttle: ctx.loginThrottle });
  }

  @Authorized()
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
