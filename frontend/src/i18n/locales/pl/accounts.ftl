# Logowanie i zakładanie konta (features/accounts).

## Wspólne dla obu formularzy

account-email = E-mail
account-password = Hasło
account-display-name = Nazwa wyświetlana

## SignIn

signin-title = Zaloguj się
signin-refused = Ten e-mail i hasło nie pasują do żadnego konta.
signin-busy = Logowanie…
signin-submit = Zaloguj się
signin-new-here = Jesteś tu pierwszy raz? <link>Załóż konto</link>.

## SignUp

signup-title = Załóż konto
signup-language = Twoje konto będzie w języku wybranym w przełączniku języka.
signup-sign-in-failed = Nie udało się cię zalogować tymi danymi. Jeśli ten adres ma już konto, zaloguj się jego hasłem.
signup-display-name-hint = Nazwa, którą zobaczą twoi sąsiedzi.
signup-password-hint = { $count ->
    [one] Co najmniej { $count } znak.
    [few] Co najmniej { $count } znaki.
    [many] Co najmniej { $count } znaków.
   *[other] Co najmniej { $count } znaku.
}
signup-busy = Zakładamy twoje konto…
signup-submit = Załóż konto
signup-have-account = Masz już konto? <link>Zaloguj się</link>.
