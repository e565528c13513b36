import { Field, ObjectType } from 'type-graphql';
import { TOKEN_TTL } from './tokens.ts';
import { AppUser } from './user.entity.ts';

@ObjectType({ simpleResolvers: true, description: 'A bearer token and the user it is for.' })
export class LoginResult {
  @Field(() => String, { description: `Send as "Authorization: Bearer <token>"; valid for ${TOKEN_TTL}.` })
  token: string;

  @Field(() => AppUser, { description: 'The user.' })
  user: AppUser;
}
