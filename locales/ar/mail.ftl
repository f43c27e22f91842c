# الرسائل الإلكترونية: العناوين والفقرات (src/mail/messages.rs). انظر locales/en/mail.ftl.

## عناصر مشتركة بين جميع الرسائل.
mail-banner = شبكة اليونسكو العالمية لمدن التعلّم — دعوة للانضمام إلى العضوية
mail-greeting = تحية طيبة، وبعد،
mail-greeting-named = عزيزي/عزيزتي { $name }،
mail-greeting-hello = تحية طيبة،
mail-signature = معهد اليونسكو للتعلّم مدى الحياة
mail-signature-service = { site-short-name }

## الحسابات.
mail-verify_email-subject = يرجى تأكيد عنوان بريدكم الإلكتروني على { site-short-name }
mail-verify_email-body = يرجى تأكيد عنوان بريدكم الإلكتروني على { site-short-name }، وهي خدمة تقديم الطلبات لشبكة اليونسكو العالمية لمدن التعلّم، وذلك بفتح هذا الرابط:
mail-verify_email-expiry = يعمل هذا الرابط مرة واحدة فقط، لمدة 3 أيام. وإلى أن تؤكدوا عنوانكم، يمكنكم إعداد طلب مدينتكم، ولكن لا يمكنكم تقديمه.
mail-verify_email-ignore = إذا لم تقوموا بالتسجيل، يمكنكم تجاهل هذه الرسالة.

mail-account_exists-subject = لديكم حساب بالفعل على { site-short-name }
mail-account_exists-body = حاول شخص ما التسجيل على { site-short-name } بعنوان البريد الإلكتروني هذا، وهو مرتبط بحساب قائم. إذا كنتم أنتم من حاول ذلك، فيمكنكم تسجيل الدخول من هنا:
mail-account_exists-reset = إذا نسيتم كلمة المرور، يمكنكم اختيار كلمة مرور جديدة من هنا:
mail-account_exists-ignore = إذا لم تكونوا أنتم من حاول ذلك، يمكنكم تجاهل هذه الرسالة: لم يتغير شيء.

mail-password_reset-subject = إعادة تعيين كلمة المرور على { site-short-name }
mail-password_reset-body = لاختيار كلمة مرور جديدة على { site-short-name }، يرجى فتح هذا الرابط:
mail-password_reset-expiry = يعمل هذا الرابط مرة واحدة فقط، لمدة ساعة واحدة. وعند تعيين كلمة مرور جديدة، تُنهى جميع جلساتكم الأخرى.
mail-password_reset-ignore = إذا لم تطلبوا ذلك، يمكنكم تجاهل هذه الرسالة: لم تتغير كلمة المرور.

mail-invitation-subject = دعوة إلى { site-short-name }: { $role }
mail-invitation-role-natcom = اللجنة الوطنية لليونسكو في { $country }
mail-invitation-body = ندعوكم إلى الانضمام إلى { site-short-name }، وهي خدمة تقديم الطلبات لشبكة اليونسكو العالمية لمدن التعلّم، بصفة: { $role }.
mail-invitation-accept = لقبول الدعوة، يرجى اختيار كلمة المرور من هنا:
mail-invitation-expiry = يعمل هذا الرابط مرة واحدة فقط، لمدة 7 أيام.

## إلى شخص يدعوه من بدأ الطلب إلى العمل عليه.
mail-colleague_invitation-subject = دعوة إلى العمل على طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم
mail-colleague_invitation-body = تلقّيتم دعوة من { $inviter } للعمل على طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم، على { site-short-name }.
mail-colleague_invitation-accept = للانضمام، يرجى فتح هذا الرابط وتسجيل الدخول، أو إنشاء حساب، بهذا العنوان ({ $email }):
mail-colleague_invitation-expiry = يعمل هذا الرابط مرة واحدة فقط، لمدة 14 يومًا.

## إلى المدينة، عند تقديم طلبها.
mail-submission_receipt-subject = تم الاستلام: طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم
mail-submission_receipt-body = تلقّينا طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم. وقد قُدِّم الطلب إلى اللجنة الوطنية لليونسكو في { $country }.
mail-submission_receipt-next = الخطوة التالية: تقرر اللجنة الوطنية أيّ مدن { $country } تزكّيها (ثلاث مدن على الأكثر)، وتقدّمها إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $deadline }. وسنكتب إليكم حين تتخذ قرارها.
mail-submission_receipt-follow = يمكنكم الاطلاع على الطلب ومتابعة مراحله من هنا:

## إلى اللجنة الوطنية، عندما تقدّم مدينة من دولتها العضو طلبًا.
mail-natcom_new_application-subject = طلب جديد للتزكية: { $city }
mail-natcom_new_application-body = قدّمت مدينة { $city } ({ $country }) طلبها للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم، وهو معروض عليكم للتزكية.
mail-natcom_new_application-next = يجوز للجنتكم الوطنية أن تزكّي ثلاث مدن على الأكثر وأن تقدّمها إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $deadline }. يمكنكم الاطلاع على الطلب من هنا:

## إلى المدينة، عند تقدّم طلبها.
mail-natcom-note = ملاحظة اللجنة الوطنية:
mail-natcom-reason = سبب قرار اللجنة الوطنية:
mail-natcom-message = رسالة اللجنة الوطنية:
mail-uil-message = رسالة معهد اليونسكو للتعلّم مدى الحياة:
mail-city-follow = يمكنكم الاطلاع على طلب { $city } ومتابعة مراحله من هنا:

mail-natcom_endorsed-subject = حظي طلب { $city } بتزكية اللجنة الوطنية
mail-natcom_endorsed-headline = زكّت اللجنة الوطنية لليونسكو في { $country } طلب { $city }.
mail-natcom_endorsed-next = وستقدّم اللجنة الطلب إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $deadline }.

mail-natcom_declined-subject = لم يحظَ طلب { $city } بتزكية اللجنة الوطنية
mail-natcom_declined-headline = قررت اللجنة الوطنية لليونسكو في { $country } عدم تزكية طلب { $city }.
mail-natcom_declined-next = لن يمضي الطلب قُدُمًا في هذه الدعوة.

mail-natcom_returned-subject = أُعيد إليكم طلب { $city }
mail-natcom_returned-headline = أعادت اللجنة الوطنية لليونسكو في { $country } إليكم طلب { $city } لإجراء تعديلات عليه.
mail-natcom_returned-next = يمكنكم تعديل الطلب وتقديمه من جديد حتى { $deadline }.

mail-natcom_reopened-subject = اللجنة الوطنية تعيد النظر في طلب { $city }
mail-natcom_reopened-headline = سحبت اللجنة الوطنية لليونسكو في { $country } قرارها بشأن طلب { $city }، وستتخذ قرارًا جديدًا.
mail-natcom_reopened-next = وستتخذ قرارها في موعد أقصاه { $deadline }.

mail-natcom_forwarded-subject = طلب { $city } لدى معهد اليونسكو للتعلّم مدى الحياة
mail-natcom_forwarded-headline = قدّمت اللجنة الوطنية لليونسكو في { $country } طلب { $city } إلى معهد اليونسكو للتعلّم مدى الحياة.
mail-natcom_forwarded-next = يستعرض المعهد الطلبات التي يتلقاها، وسيكتب إليكم لإبلاغكم بقراره.

mail-uil_accepted-subject = انضمام { $city } إلى شبكة اليونسكو العالمية لمدن التعلّم
mail-uil_accepted-headline = قَبِل معهد اليونسكو للتعلّم مدى الحياة مدينة { $city } ({ $country }) عضوًا في شبكة اليونسكو العالمية لمدن التعلّم.
mail-uil_accepted-next = مرحبًا بكم في الشبكة.

mail-uil_not_accepted-subject = قرار معهد اليونسكو للتعلّم مدى الحياة بشأن طلب { $city }
mail-uil_not_accepted-headline = قرر معهد اليونسكو للتعلّم مدى الحياة عدم قبول طلب { $city } ({ $country }) في هذه الدعوة.
mail-uil_not_accepted-next = نشكركم على الجهد المبذول في إعداد الطلب.

## إلى اللجنة الوطنية، عندما يتخذ المعهد قراره بشأن إحدى مدنها.
mail-uil_decision_natcom-accepted-subject = قرار معهد اليونسكو للتعلّم مدى الحياة بشأن { $city }: قُبل الطلب
mail-uil_decision_natcom-accepted-body = اتخذ معهد اليونسكو للتعلّم مدى الحياة قراره بشأن طلب { $city } الذي زكّته لجنتكم الوطنية: قُبلت مدينة { $city } عضوًا في شبكة اليونسكو العالمية لمدن التعلّم.
mail-uil_decision_natcom-not_accepted-subject = قرار معهد اليونسكو للتعلّم مدى الحياة بشأن { $city }: لم يُقبل الطلب
mail-uil_decision_natcom-not_accepted-body = اتخذ معهد اليونسكو للتعلّم مدى الحياة قراره بشأن طلب { $city } الذي زكّته لجنتكم الوطنية: لم يُقبل الطلب في هذه الدعوة.
mail-uil_decision_natcom-message = رسالة المعهد إلى المدينة:
mail-uil_decision_natcom-follow = الطلب:

## إلى منسقي المعهد، عندما تقدّم لجنة وطنية مدنًا.
mail-uil_submissions-subject = { $country }: { $count ->
    [one] قُدِّم طلب واحد
    [two] قُدِّم طلبان
    [few] قُدِّمت { $count } طلبات
    [many] قُدِّم { $count } طلبًا
   *[other] قُدِّم { $count } طلب
} إلى معهد اليونسكو للتعلّم مدى الحياة
mail-uil_submissions-body = قدّمت اللجنة الوطنية لليونسكو في { $country } { $count ->
    [one] الطلب التالي
    [two] الطلبين التاليين
   *[other] الطلبات التالية ({ $count })
} إلى معهد اليونسكو للتعلّم مدى الحياة:
mail-uil_submissions-follow = للاستعراض، يرجى فتح هذا الرابط:

## التذكيرات قبل الموعد النهائي للمدن، إلى صاحب المسودة.
mail-reminder_city-subject = تذكير: يرجى تقديم طلب { $city } في موعد أقصاه { $date }
mail-reminder_city_week-body = تبقّى أسبوع واحد لتقديم طلب { $city } إلى لجنتكم الوطنية لليونسكو: الموعد النهائي هو { $deadline }. ولا يزال الطلب مسودة.
mail-reminder_city_day-body = تبقّى يوم واحد لتقديم طلب { $city } إلى لجنتكم الوطنية لليونسكو: الموعد النهائي هو { $deadline }. ولا يزال الطلب مسودة.
mail-reminder_city-follow = يرجى استكمال الطلب وتقديمه من هنا:

## التذكيرات قبل الموعد النهائي للجان الوطنية.
mail-reminder_natcom-subject = تذكير: يرجى تقديم تزكياتكم إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $date }
mail-reminder_natcom-body = أمام اللجنة الوطنية لليونسكو في { $country } مهلة حتى { $deadline } لتزكية المدن وتقديمها إلى معهد اليونسكو للتعلّم مدى الحياة.
mail-reminder_natcom-undecided = { $count ->
    [one] لا يزال طلب واحد في انتظار قراركم.
    [two] لا يزال طلبان في انتظار قراركم.
    [few] لا تزال { $count } طلبات في انتظار قراركم.
    [many] لا يزال { $count } طلبًا في انتظار قراركم.
   *[other] لا يزال { $count } طلب في انتظار قراركم.
}
mail-reminder_natcom-unsent = { $count ->
    [one] لم يُقدَّم بعدُ طلب واحد مُزكّى إلى المعهد.
    [two] لم يُقدَّم بعدُ طلبان مُزكّيان إلى المعهد.
    [few] لم تُقدَّم بعدُ { $count } طلبات مُزكّاة إلى المعهد.
    [many] لم يُقدَّم بعدُ { $count } طلبًا مُزكّى إلى المعهد.
   *[other] لم يُقدَّم بعدُ { $count } طلب مُزكّى إلى المعهد.
}
mail-reminder_natcom-left = { $days ->
    [zero] لم يتبقَّ أي يوم.
    [one] يتبقى يوم واحد.
    [two] يتبقى يومان.
    [few] يتبقى { $days } أيام.
    [many] يتبقى { $days } يومًا.
   *[other] يتبقى { $days } يوم.
}
mail-reminder_natcom-follow = طلباتكم:
