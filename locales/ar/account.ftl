# التسجيل، وتسجيل الدخول، وتأكيد العنوان، وإعادة تعيين كلمة المرور، وقبول الدعوة،
# وصفحة الحساب.

account-email = عنوان البريد الإلكتروني
account-password = كلمة المرور
account-full-name = الاسم الكامل

## تسجيل الدخول

account-sign-in-title = تسجيل الدخول
account-forgot-password = هل نسيتم كلمة المرور؟
account-no-account = ليس لديكم حساب بعد؟
account-create-one = أنشئوا حساباً لتقديم طلب مدينتكم
account-notice-confirmed = تم تأكيد عنوان بريدكم الإلكتروني. يُرجى تسجيل الدخول للمتابعة.
account-notice-reset = تم تغيير كلمة المرور وتسجيل خروجكم من جميع الجلسات. يُرجى تسجيل الدخول باستخدام كلمة المرور الجديدة.
account-notice-welcome = تم تعيين كلمة المرور. يُرجى تسجيل الدخول للبدء.
account-notice-signed-out = تم تسجيل خروجكم.

## التسجيل

account-register-title = إنشاء حساب
account-register-lead = هذا الحساب مخصص لموظفي المدن الراغبة في تقديم طلب. أما اللجان الوطنية وموظفو معهد اليونسكو للتعلّم مدى الحياة فيتلقّون دعوة من المعهد.
account-email-hint = سنرسل إليكم رابطاً لتأكيده.
account-password-hint = يجب ألا تقل كلمة المرور عن { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفاً
       *[other] { $min } حرف
    }. وتشكّل ثلاث كلمات لا رابط بينها كلمة مرور قوية.
account-register-submit = إنشاء الحساب
account-have-account = هل لديكم حساب بالفعل؟

account-check-email-title = يُرجى التحقق من بريدكم الإلكتروني
account-sent-to = أرسلنا رسالة إلى { $email }. يُرجى فتح الرابط الوارد فيها لتأكيد عنوانكم، وهو صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }.
account-sent-to-unknown = أرسلنا رسالة إلى العنوان الذي قدّمتموه. يُرجى فتح الرابط الوارد فيها لتأكيد عنوانكم، وهو صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }.
account-sent-start-now = يمكنكم الآن تسجيل الدخول والبدء في إعداد طلب مدينتكم. ويجب تأكيد عنوانكم قبل تقديم الطلب.
account-sent-wrong-address = هل العنوان غير صحيح، أو لم تصلكم أي رسالة بعد بضع دقائق؟ يُرجى التحقق من مجلد البريد غير المرغوب فيه، أو التسجيل من جديد بالعنوان الصحيح.

## تأكيد العنوان

account-confirm-email-title = تأكيد عنوان البريد الإلكتروني
account-confirm-email-submit = تأكيد عنوان بريدي الإلكتروني

## كلمات المرور

account-reset-text = يُرجى إدخال عنوان البريد الإلكتروني لحسابكم، وسنرسل إليه رابطاً لاختيار كلمة مرور جديدة.
account-reset-submit = إرسال رابط إليّ
account-reset-sent = إذا كان العنوان { $email } مرتبطاً بحساب، فقد أرسلنا إليه رابطاً لاختيار كلمة مرور جديدة. ولا يمكن استخدام الرابط إلا مرة واحدة خلال { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
account-reset-no-message = لم تصلكم أي رسالة بعد بضع دقائق؟ يُرجى التحقق من مجلد البريد غير المرغوب فيه، أو المحاولة مرة أخرى.
account-back-to-sign-in = العودة إلى تسجيل الدخول
account-new-password-heading = اختيار كلمة مرور جديدة
account-invitation-heading = مرحباً بكم في { site-short-name }: يُرجى اختيار كلمة المرور
account-new-password = كلمة المرور الجديدة
account-set-password-submit = حفظ كلمة المرور

account-link-expired-title = انتهت صلاحية هذا الرابط أو سبق استخدامه
account-link-expired-verify = لا يمكن استخدام روابط تأكيد عنوان البريد الإلكتروني إلا مرة واحدة خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }. يُرجى تسجيل الدخول وطلب رابط جديد من صفحة حسابكم.
account-link-expired-reset = لا يمكن استخدام روابط إعادة تعيين كلمة المرور إلا مرة واحدة خلال { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. يُرجى طلب رابط جديد من صفحة «هل نسيتم كلمة المرور؟».
account-link-expired-invitation = لا يمكن استخدام الدعوات إلا مرة واحدة خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }. يُرجى طلب دعوة جديدة من منسّق معهد اليونسكو للتعلّم مدى الحياة الذي وجّه إليكم الدعوة.

## صفحة الحساب

account-page-title = حسابكم
account-password-changed = تم تغيير كلمة المرور. ستبقون مسجّلين للدخول هنا، وقد تم تسجيل خروجكم من جميع الجلسات الأخرى.
account-link-sent = أرسلنا رابطاً جديداً إلى { $email }، وهو صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }.
account-unconfirmed-title = يُرجى تأكيد عنوان بريدكم الإلكتروني.
account-unconfirmed-text = افتحوا الرابط الذي أرسلناه إلى { $email }. يمكنكم إعداد طلب الآن، ولكن يلزم تأكيد العنوان لتقديمه.
account-send-new-link = إرسال رابط جديد إليّ
account-name = الاسم
account-email-confirmed = (مؤكَّد)
account-email-not-confirmed = (لم يُؤكَّد بعد)
account-role = الدور
account-role-of-country = { $role } ({ $country })
account-change-password = تغيير كلمة المرور

## تسجيل الدخول على خطوتين

account-code-title = إدخال رمز تسجيل الدخول
account-code-label = الرمز
account-code-hint = الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة لديكم الآن، أو أحد رموز الاسترداد الخاصة بكم.
account-code-remember = عدم طلب رمز على هذا المتصفح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }
account-code-submit = متابعة
account-code-start-again = تسجيل الدخول من جديد من البداية
account-two-factor-title = تسجيل الدخول على خطوتين
account-two-factor-required = يتّخذ حسابكم قرارات بشأن الطلبات، ولذلك يتم تسجيل الدخول على خطوتين: كلمة المرور، ثم رمز من تطبيق للمصادقة على هاتفكم. يُرجى إعداده الآن للوصول إلى صفحاتكم.
account-two-factor-optional = بعد إدخال كلمة المرور، سيطلب منكم الموقع رمزاً من تطبيق للمصادقة على هاتفكم، وبذلك لا يتمكّن أي شخص يعرف كلمة المرور الخاصة بكم من تسجيل الدخول.
account-two-factor-step-scan = امسحوا رمز الاستجابة السريعة هذا ضوئياً باستخدام تطبيق للمصادقة، مثل FreeOTP أو Google Authenticator أو Microsoft Authenticator.
account-two-factor-qr-label = رمز الاستجابة السريعة للمفتاح الخاص بتطبيق المصادقة لديكم
account-two-factor-step-type = إذا تعذّر عليكم مسحه ضوئياً، فأضيفوا حساباً في التطبيق يدوياً واكتبوا هذا المفتاح:
account-two-factor-step-confirm = ثم اكتبوا الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق.
account-two-factor-submit = تفعيل تسجيل الدخول على خطوتين
account-two-factor-is-on = تم تفعيل تسجيل الدخول على خطوتين.
account-two-factor-codes-left = { $count ->
        [zero] لم يتبقَّ لديكم أي رمز استرداد.
        [one] يتبقّى لديكم رمز استرداد واحد.
        [two] يتبقّى لديكم رمزا استرداد.
        [few] يتبقّى لديكم { $count } رموز استرداد.
        [many] يتبقّى لديكم { $count } رمزاً للاسترداد.
       *[other] يتبقّى لديكم { $count } رمز استرداد.
    }
account-two-factor-lost = هل فقدتم هاتفكم ورموز الاسترداد؟ يمكن لمنسّق معهد اليونسكو للتعلّم مدى الحياة إعادة تعيين العامل الثاني لحسابكم، ثم تقومون بإعداد عامل ثانٍ جديد.
account-continue = متابعة
account-recovery-codes-heading = رموز الاسترداد الخاصة بكم
account-recovery-codes-lead = احتفظوا بهذه الرموز في مكان آمن بعيداً عن هاتفكم: اطبعوها أو دوّنوها. ويتيح كل رمز منها فتح حسابكم مرة واحدة إذا فقدتم هاتفكم. ولن تُعرض هذه الرموز مرة أخرى.
account-two-factor-state-on = مفعَّل.
account-two-factor-state-off = غير مفعَّل.
account-two-factor-see = الاطلاع على رموز الاسترداد المتبقية
account-two-factor-set-up = إعداده
