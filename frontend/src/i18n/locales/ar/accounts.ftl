# تسجيل الدخول وإنشاء حساب (features/accounts).

## مشترك بين النموذجين

account-email = البريد الإلكتروني
account-password = كلمة المرور
account-display-name = الاسم الظاهر

## SignIn

signin-title = تسجيل الدخول
signin-refused = هذا البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب.
signin-busy = جارٍ تسجيل الدخول…
signin-submit = تسجيل الدخول
signin-new-here = جديد هنا؟ <link>أنشئ حسابًا</link>.

## SignUp

signup-title = إنشاء حساب
signup-language = سيستخدم حسابك اللغة التي اخترتها في مفتاح اللغة.
signup-sign-in-failed = لم نستطع تسجيل دخولك بهذه البيانات. إذا كان لهذا العنوان حساب من قبل، فسجّل الدخول بكلمة مروره.
signup-display-name-hint = الاسم الذي سيراه جيرانك.
signup-password-hint = { $count ->
    [zero] { $count } حرف على الأقل.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $count } أحرف على الأقل.
    [many] { $count } حرفًا على الأقل.
   *[other] { $count } حرف على الأقل.
}
signup-busy = جارٍ إنشاء حسابك…
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب من قبل؟ <link>سجّل الدخول</link>.
