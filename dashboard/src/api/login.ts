// Exchanges a username and password for a bearer token (the hub's `login` mutation).
import { gqlRequest } from './client.ts';
import { graphql } from './graphql.ts';

export const LOGIN_MUTATION = graphql(`
  mutation DashboardLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) { token }
  }
`);

export async function login(username: string, password: string): Promise<string> {
  const data = await gqlRequest(LOGIN_MUTATION, { username, password }, { anonymous: true });
  return data.login.token;
}
