# Signing in and creating an account (features/accounts).

## Shared by both forms

account-email = Email
account-password = Password
account-display-name = Display name

## SignIn

signin-title = Sign in
signin-refused = That email and password do not match an account.
signin-busy = Signing in…
signin-submit = Sign in
signin-new-here = New here? <link>Create an account</link>.

## SignUp

signup-title = Create an account
signup-language = Your account will use the language chosen in the language switch.
signup-sign-in-failed = We could not sign you in with these details. If this address already has an account, sign in with its password.
signup-display-name-hint = The name your neighbours will see.
signup-password-hint = { $count ->
    [one] At least { $count } character.
   *[other] At least { $count } characters.
}
signup-busy = Creating your account…
signup-submit = Create account
signup-have-account = Already have an account? <link>Sign in</link>.
