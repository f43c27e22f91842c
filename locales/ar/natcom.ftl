# صفحات اللجنة الوطنية: لوحتها (طلبات دولتها العضو)، وطلب واحد والقرارات المتعلقة به،
# والصفحة التي تلي إعادة طلب إلى مدينته.

## قوائم الأسماء داخل الجملة: «ليون، وليل، ونانسي».
natcom-list-separator = {"، "}
natcom-list-last = {" و"}
natcom-colon = {": "}

## اللوحة.
natcom-no-call-title = لا توجد دعوة لتقديم الطلبات في الوقت الحالي
natcom-no-call-text = عندما يفتح UIL الدعوة المقبلة، ستظهر طلباتها هنا.
natcom-dashboard-title = اللجنة الوطنية لليونسكو – { $country }
natcom-sent = { $count ->
    [zero] لم يُقدَّم أي طلب إلى UIL: { $cities }.
    [one] قُدِّم طلب واحد إلى UIL: { $cities }.
    [two] قُدِّم طلبان إلى UIL: { $cities }.
    [few] قُدِّمت { $count } طلبات إلى UIL: { $cities }.
    [many] قُدِّم { $count } طلبًا إلى UIL: { $cities }.
   *[other] قُدِّم { $count } طلب إلى UIL: { $cities }.
}
natcom-held-heading = لم تُقدَّم إلى UIL
natcom-held-text = لا تتضمن هذه الطلبات المزكّاة حتى الآن تزكية موقَّعة أو اسم الموظف المفوَّض بالتوقيع. يُرجى استكمال الجزء 2 في صفحة كل طلب، ثم إعادة التقديم:
natcom-nothing-sent = لم يكن هناك ما يُقدَّم: لم يكن أي طلب مزكّى في الانتظار.
natcom-submit-by = آخر موعد للتقديم إلى UIL
natcom-deadline-left = { $deadline }: { $left }
natcom-deadline-extended-left = { $deadline } (مدَّده UIL): { $left }
natcom-endorsements = التزكيات
natcom-endorsements-used = التزكيات المستخدمة: { $used } من أصل { $quota }
natcom-still-to-decide = في انتظار القرار
natcom-to-decide-count = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
natcom-quota-used-heading = لقد استخدمتم جميع التزكيات المتاحة لكم ({ $quota }).
natcom-quota-used-text = لتزكية مدينة أخرى، يُرجى أولًا العدول عن إحدى تزكياتكم في صفحة الطلب المعني؛ ولا يمكن العدول عن طلب سبق تقديمه إلى UIL.
natcom-applications-from = الطلبات – { $country }
natcom-no-applications = لم تقدِّم أي مدينة من هذه الدولة العضو ({ $country }) طلبًا حتى الآن.
natcom-applications-caption = الطلبات المقدَّمة من مدن الدولة العضو: { $country }
natcom-col-city = المدينة
natcom-col-stage = المرحلة
natcom-col-submitted = تاريخ التقديم
natcom-col-signed = التزكية الموقَّعة
natcom-tag-to-decide = بانتظار القرار
natcom-signed-uploaded = مرفوعة
natcom-signed-missing = غير مرفوعة
natcom-submit-heading = التقديم إلى UIL
natcom-deadline-passed = انقضى الموعد النهائي المحدد للجان الوطنية: { $deadline }.
natcom-endorse-first = يُرجى أولًا تزكية الطلبات، ثم تقديمها هنا مع تزكياتها الموقَّعة، في موعد أقصاه { $deadline }.
natcom-ready = جاهزة للتقديم: { $cities }.
natcom-unsigned = في انتظار تزكيتها الموقَّعة، ولن تُرسل قبل رفعها: { $cities }.
natcom-submit-button = تقديم الطلبات المزكّاة إلى UIL
natcom-submit-hint = يمكنكم التقديم أكثر من مرة قبل الموعد النهائي. وبعد التقديم، لا يمكن العدول عن الطلب.
natcom-nothing-submitted-title = لم يُقدَّم أي شيء إلى UIL
natcom-back-to-applications = العودة إلى طلباتكم

## طلب واحد.
natcom-application-title = { $city } – اللجنة الوطنية
natcom-back-to-country = العودة إلى الطلبات – { $country }
natcom-application-heading = طلب { $city }
natcom-submitted-on = قُدِّم في { $when }.
natcom-printable = نسخة للطباعة
natcom-quota-and-deadline = التزكيات المستخدمة: { $used } من أصل { $quota }. آخر موعد لاتخاذ القرار: { $deadline }.
natcom-not-in-its-hands = هذا الطلب { $stage }: لم يعد للجنة الوطنية ما تقرره بشأنه.
natcom-endorsement-heading = التزكية
natcom-signed-missing-strong = لم تُرفع التزكية الموقَّعة.
natcom-signed-missing-text = يُرجى رفعها قبل التقديم إلى UIL.
natcom-officer-name = اسم الموظف المفوَّض بالتوقيع
natcom-officer-title = صفة الموظف المفوَّض بالتوقيع
natcom-note = ملاحظة (اختيارية)
natcom-signed-label = التزكية الموقَّعة (PDF)
natcom-signed-label-replace = التزكية الموقَّعة (PDF): مرفوعة؛ لا تختاروا ملفًا إلا لاستبدالها
natcom-save-endorsement = حفظ التزكية
natcom-endorse-heading = تزكية الطلب
natcom-signed-hint = يمكنكم إضافتها لاحقًا؛ وهي مطلوبة قبل التقديم إلى UIL.
natcom-endorse-button = تزكية { $city }
natcom-decline-heading = رفض الطلب
natcom-reason-label = سبب الرفض، موجَّه إلى المدينة
natcom-decline-button = رفض { $city }
natcom-return-heading = الإعادة إلى المدينة
natcom-return-label = ما الذي ينبغي للمدينة تغييره؟
natcom-return-button = الإعادة إلى المدينة
natcom-take-back-heading = العدول عن القرار
natcom-take-back-text = يعود الطلب إلى حالة عدم البتّ فيه.
natcom-take-back-text-endorsed = يعود الطلب إلى حالة عدم البتّ فيه، وتصبح تزكيته متاحة لمدينة أخرى.
natcom-take-back-button = العدول عن القرار
natcom-documents = الوثائق
natcom-file-size = ({ $size })
natcom-progress = سير الطلب
natcom-timeline-entry = { $who }: { $what }
natcom-not-given = لم يُذكر

## بعد إعادة طلب إلى مدينته.
natcom-returned-title = أُعيد إلى { $city }
natcom-returned-heading = أُعيد طلب { $city } إلى المدينة
natcom-returned-text = يمكن للمدينة تعديل طلبها وتقديمه من جديد حتى الموعد النهائي المحدد للمدن. وقد أُبلغت بالسبب، مع رسالتكم، بالبريد الإلكتروني.
natcom-returned-text-mailed = يمكن للمدينة تعديل طلبها وتقديمه من جديد حتى الموعد النهائي المحدد للمدن. وقد أُبلغت بالسبب، مع رسالتكم، بالبريد الإلكتروني ({ $recipients }).
natcom-returned-draft = إلى أن تقدِّم المدينة الطلب من جديد، يعود الطلب مسودة: ولا يظهر في قائمتكم.

## لوحة القيادة: المقارنة والترتيب والاختيار والتزكية والإرسال في خطوة واحدة.

# مؤشر الحصة: «التزكيات المستخدمة: 2 من أصل 3 · يتبقى 11 يومًا، الموعد النهائي: 30 يونيو 2023، 23:59 AoE».
natcom-meter = { $endorsed } · { $left }، الموعد النهائي: { $deadline }
natcom-compare-link = مقارنة الطلبات جنبًا إلى جنب، وترتيبها، والاختيار من بينها
natcom-compare-title = الطلبات – { $country }: مقارنة جنبًا إلى جنب
natcom-compare-caption = الطلبات المقدَّمة – { $country }، طلب واحد في كل عمود
natcom-compare-show = عرض
natcom-compare-show-button = عرض الطلبات المحدَّدة
natcom-compare-stage = المرحلة
natcom-compare-completeness = الإجابات
natcom-compare-complete = مكتملة
natcom-compare-lacking = { $count ->
    [zero] لا تنقص أي إجابة
    [one] تنقص إجابة واحدة
    [two] تنقص إجابتان
    [few] تنقص { $count } إجابات
    [many] تنقص { $count } إجابةً
   *[other] تنقص { $count } إجابة
}
natcom-compare-signed = الوثائق الموقَّعة
natcom-compare-signatures = الالتزام: { $pledge }؛ الجزء 2: { $part2 }
natcom-yes = نعم
natcom-no = لا
natcom-compare-order = ترتيبكم (1 أولًا)
natcom-compare-order-of = مرتبة { $city } في ترتيبكم
natcom-compare-choose = اختيار
natcom-compare-choose-city = اختيار { $city }
natcom-compare-save-order = حفظ الترتيب
natcom-compare-order-saved = حُفظ ترتيبكم؛ ويطّلع عليه زملاؤكم أيضًا.
natcom-compare-review-chosen = مراجعة الطلبات المختارة
natcom-event-ranked = وضعه في المرتبة { $rank } من ترتيب اللجنة الوطنية
natcom-event-unranked = أزاله من ترتيب اللجنة الوطنية
natcom-confirm-title = التزكية والإرسال إلى UIL
natcom-confirm-back = العودة إلى المقارنة
natcom-confirm-lead = ستُزكّى هذه الطلبات وتُرسل إلى UIL معًا، أو لا يُزكّى أيٌّ منها: يُرجى التحقق من أن لكل طلب منها الجزء 2 الخاص به.
natcom-confirm-col-part2 = الجزء 2
natcom-confirm-part2-ready = بيانات الموظف المفوَّض بالتوقيع والجزء 2 الموقَّع متوفرة
natcom-confirm-button = { $count ->
    [zero] تزكية { $count } طلب وإرسالها إلى UIL
    [one] تزكية طلب واحد وإرساله إلى UIL
    [two] تزكية طلبين وإرسالهما إلى UIL
    [few] تزكية { $count } طلبات وإرسالها إلى UIL
    [many] تزكية { $count } طلبًا وإرسالها إلى UIL
   *[other] تزكية { $count } طلب وإرسالها إلى UIL
}
natcom-confirm-hint = تُبلَّغ المدن وUIL بذلك بالبريد الإلكتروني. وبعد ذلك، تصبح مراجعة الطلبات من اختصاص UIL.
natcom-save-part2-button = حفظ الجزء 2 دون اتخاذ قرار
