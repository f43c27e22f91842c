### لجنة التحكيم (المسألة [6/8]): صفحات عضو لجنة التحكيم، وصفحات UIL الخاصة بلجنة التحكيم في
### الدعوة ومعاييرها وترتيبها، والقرارات بشأن طلبات عديدة، والملف.

role-jury = عضو لجنة التحكيم
mail-invitation-role-jury = عضو لجنة التحكيم (خبير من { $country })
uil-invite-role-jury = عضو لجنة التحكيم: خبير خارجي يمنح درجات للطلبات المسندة إليه (يُرجى اختيار دولته العضو أدناه)

## قائمة عضو لجنة التحكيم.
jury-title = الطلبات المسندة إليكم للتقييم
jury-lead = هذه هي الطلبات التي أسندها إليكم UIL. وقبل فتح أي منها، يُرجى بيان ما إذا كان لديكم تضارب في المصالح مع المدينة.
jury-nothing-yet = لم يُسند إليكم أي طلب بعد. وستصلكم رسالة إلكترونية عندما ينشر UIL توزيع الطلبات.
jury-col-city = المدينة
jury-col-country = الدولة العضو
jury-col-state = حالة عملكم
jury-state-declare = يُرجى بيان ما إذا كان لديكم تضارب في المصالح
jury-state-to-score = في انتظار منح الدرجات
jury-state-draft = حُفظت المسودة
jury-state-handed-in = سُلِّم التقييم
jury-back = العودة إلى طلباتكم

## تضارب المصالح مع بلدان بأكملها.
jury-conflicts-title = البلدان التي لديكم تضارب في المصالح معها
jury-conflicts-own = لا تُسند إليكم أبدًا طلبات من دولتكم العضو ({ $country }).
jury-conflicts-country = دولة عضو أخرى لديكم تضارب في المصالح معها
jury-conflicts-hint = على سبيل المثال، الدولة التي تعملون فيها، أو التي قدّمتم فيها المشورة لمدينة ما. وتُسحب منكم طلباتها ولا تُسند إليكم أبدًا.
jury-conflicts-declare = الإعلان عن تضارب المصالح
jury-conflicts-withdraw = سحب

## الإعلان قبل فتح الطلب.
jury-declare-title = قبل فتح طلب { $city }
jury-declare-lead = لا يجوز لأعضاء لجنة التحكيم منح درجات لمدينة تربطهم بها صلات، سواء من خلال عملهم أو أسرهم أو المشورة التي قدّموها لها. ويطّلع UIL على كل إجابة.
jury-declare-legend = هل لديكم تضارب في المصالح مع { $city }؟
jury-declare-no-conflict = ليس لديّ أي تضارب في المصالح مع { $city }
jury-declare-conflict = لديّ تضارب في المصالح: يُرجى إسناد هذا الطلب إلى عضو آخر في لجنة التحكيم
jury-declare-reason = السبب (اختياري)
jury-declare-reason-hint = لاطّلاع UIL فقط. بحد أقصى 1000 حرف.
jury-declare-submit = إرسال إجابتي
jury-contact-withheld = لا يُعرض على أعضاء لجنة التحكيم رقم هاتف الشخص المسؤول عن الاتصال ولا بريده الإلكتروني ولا عنوانه البريدي.

## استمارة التقييم والتقييمات.
review-your-draft = مسودتكم، المحفوظة في { $when }
review-col-score = الدرجة المرجّحة
review-no-score = –
review-no-spread = لا يوجد
review-weight = الوزن { $weight }
review-hand-in = تسليم تقييمي
review-save-draft = الحفظ كمسودة
# $mean و$median و$spread أعداد بمنزلة عشرية واحدة؛ و$count عدد التقييمات.
review-summary = المتوسط { $mean }، والوسيط { $median }، والتشتت { $spread }، استنادًا إلى { $count ->
    [zero] { $count } تقييم
    [one] تقييم واحد
    [two] تقييمين
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}.
review-disagreement = يختلف المراجعون في تقييماتهم: إذ يبلغ تشتت درجاتهم ({ $spread }) الحدَّ المعتمد في الدعوة ({ $threshold }) أو يتجاوزه.

## الرسالة الموجهة إلى عضو لجنة التحكيم عند نشر توزيع الطلبات.
mail-jury_assignments-subject = { $count ->
    [zero] لا توجد طلبات للتقييم
    [one] طلب واحد للتقييم
    [two] طلبان للتقييم
    [few] { $count } طلبات للتقييم
    [many] { $count } طلبًا للتقييم
   *[other] { $count } طلب للتقييم
} في إطار شبكة اليونسكو العالمية لمدن التعلّم
mail-jury_assignments-body = أسند إليكم معهد اليونسكو للتعلّم مدى الحياة { $count ->
    [zero] { $count } طلب
    [one] طلبًا واحدًا
    [two] طلبين
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}:
mail-jury_assignments-city = { $city } ({ $country })
mail-jury_assignments-conflicts = قبل فتح كل طلب، سيُطلب منكم بيان ما إذا كان لديكم تضارب في المصالح مع المدينة. يرجى تسجيل الدخول باستخدام العامل الثاني للاطلاع على الطلبات ومنحها درجات:

## UIL: معايير الدعوة.
uil-rubric-title = المعايير وأوزانها
uil-rubric-lead = المعايير التي يمنحها المراجعون وأعضاء لجنة التحكيم درجات من 1 إلى 5. ودرجة كل تقييم هي متوسط درجاته مرجّحًا بأوزان المعايير. يُرجى كتابة اسم كل معيار بالإنكليزية، وباللغات الأخرى قدر الإمكان.
uil-rubric-frozen = مُنحت درجات على هذه المعايير: لم يعد من الممكن تغييرها.
uil-rubric-criterion = المعيار { $number }
uil-rubric-weight = الوزن (من 1 إلى 10)
uil-rubric-name = الاسم باللغة: { $language }
uil-rubric-description = الوصف باللغة: { $language }
uil-rubric-save = حفظ المعيار
uil-rubric-remove = حذف المعيار
uil-rubric-add = إضافة معيار
uil-rubric-threshold-title = عند اختلاف المراجعين
uil-rubric-threshold = حدّ الاختلاف
uil-rubric-threshold-hint = يُعلَّم الطلب عندما يبلغ تشتت درجات تقييماته (الانحراف المعياري) هذه القيمة أو يتجاوزها، وهي قيمة من 0.1 إلى 3.0. والقيمة 1.0 خيار معتاد.
uil-rubric-threshold-save = حفظ الحدّ

## UIL: لجنة التحكيم في الدعوة.
uil-jury-title = لجنة التحكيم وتوزيع الطلبات
uil-jury-lead = لا يرى أعضاء لجنة التحكيم إلا الطلبات التي نُشر إسنادها إليهم، ولا يرون أبدًا طلبًا من دولتهم العضو أو من بلد أعلنوا عنه، ولا بيانات الشخص المسؤول عن الاتصال.
uil-jury-invite = دعوة عضو في لجنة التحكيم
uil-jury-jurors = أعضاء لجنة التحكيم
uil-jury-no-jurors = لا يوجد أعضاء في لجنة التحكيم بعد. يُرجى دعوتهم من صفحة الموظفين بصفتهم أعضاء في لجنة التحكيم، مع تحديد دولهم الأعضاء.
uil-jury-col-declared = البلدان المعلن عن تضارب المصالح معها
uil-jury-col-load = الطلبات
uil-jury-automatic = التوزيع التلقائي
uil-jury-k = عدد أعضاء لجنة التحكيم لكل طلب
uil-jury-k-hint = يُسند إلى كل طلب لا يزال في انتظار قرار هذا العددُ من أعضاء لجنة التحكيم، دون أي تضارب في المصالح، بحيث يتلقى كل عضو عدد الطلبات نفسه الذي يتلقاه الآخرون، بفارق طلب واحد على الأكثر. وتراجعون النتيجة قبل نشرها.
uil-jury-automatic-submit = التوزيع تلقائيًا
uil-jury-added = { $count ->
    [zero] لم يُضف أي تكليف.
    [one] أُضيف تكليف واحد. يُرجى مراجعته ثم نشره.
    [two] أُضيف تكليفان. يُرجى مراجعتهما ثم نشرهما.
    [few] أُضيفت { $count } تكليفات. يُرجى مراجعتها ثم نشرها.
    [many] أُضيف { $count } تكليفًا. يُرجى مراجعتها ثم نشرها.
   *[other] أُضيف { $count } تكليف. يُرجى مراجعتها ثم نشرها.
}
uil-jury-unpublished = { $count ->
    [zero] لا توجد تكليفات غير منشورة.
    [one] لم يُنشر تكليف واحد بعد.
    [two] لم يُنشر تكليفان بعد.
    [few] لم تُنشر { $count } تكليفات بعد.
    [many] لم يُنشر { $count } تكليفًا بعد.
   *[other] لم يُنشر { $count } تكليف بعد.
}
uil-jury-publish = نشر التكليفات وإرسال رسائل إلى أعضاء لجنة التحكيم
uil-jury-published = { $count ->
    [0] لم تكن لدى أي عضو في لجنة التحكيم طلبات جديدة.
    [one] تم النشر: أُرسلت قائمة الطلبات بالبريد الإلكتروني إلى عضو واحد في لجنة التحكيم.
    [two] تم النشر: أُرسلت قائمتا الطلبات بالبريد الإلكتروني إلى عضوين في لجنة التحكيم.
    [few] تم النشر: أُرسلت قوائم الطلبات بالبريد الإلكتروني إلى { $count } أعضاء في لجنة التحكيم.
    [many] تم النشر: أُرسلت قوائم الطلبات بالبريد الإلكتروني إلى { $count } عضوًا في لجنة التحكيم.
   *[other] تم النشر: أُرسلت قوائم الطلبات بالبريد الإلكتروني إلى { $count } عضو في لجنة التحكيم.
}
uil-jury-assignments = الطلبات وأعضاء لجنة التحكيم المكلّفون بها
uil-jury-no-applications = لا يوجد في هذه الدعوة أي طلب في انتظار لجنة التحكيم.
uil-jury-none-assigned = لا يوجد عضو في لجنة التحكيم بعد.
uil-jury-handed-in = سُلِّم التقييم
uil-jury-published-state = منشور
uil-jury-draft-state = لم يُنشر بعد
uil-jury-unassign = إزالة
uil-jury-assign-label = إضافة عضو في لجنة التحكيم
uil-jury-assign = تكليف
uil-jury-declarations = إعلانات تضارب المصالح
uil-jury-no-declarations = لم يُجب أي عضو في لجنة التحكيم بعد.
uil-jury-col-when = التاريخ
uil-jury-col-juror = عضو لجنة التحكيم
uil-jury-col-answer = الإجابة
uil-jury-col-reason = السبب
uil-jury-conflict = تضارب في المصالح
uil-jury-no-conflict = لا يوجد تضارب

## UIL: الترتيب لاجتماع لجنة التحكيم.
uil-ranking-title = الترتيب
uil-ranking-lead = الطلبات التي وصلت إلى UIL في هذه الدعوة، مرتّبة حسب حصيلة تقييماتها. ويُعلَّم كل طلب يبلغ تشتت درجاته { $threshold } أو يتجاوزه.
uil-ranking-csv = التنزيل بصيغة CSV
uil-ranking-total = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
uil-ranking-sort-mean = الأعلى متوسطًا أولًا
uil-ranking-sort-median = الأعلى وسيطًا أولًا
uil-ranking-sort-spread = الأشد اختلافًا أولًا
uil-ranking-sort-city = حسب المدينة
uil-ranking-sort-country = حسب البلد
uil-ranking-col-choose = اختيار
uil-ranking-choose = اختيار { $city }
uil-ranking-col-rank = المرتبة
uil-ranking-col-region = المنطقة
uil-ranking-col-stage = المرحلة
uil-ranking-col-mean = المتوسط
uil-ranking-col-median = الوسيط
uil-ranking-col-spread = التشتت
uil-ranking-col-scored = أعضاء لجنة التحكيم الذين منحوا درجات
uil-ranking-scored = { $scored } من { $assigned }
uil-ranking-disagree = اختلاف

## UIL: القرارات بشأن عدة طلبات دفعة واحدة.
uil-decisions-title = اتخاذ قرار بشأن الطلبات المختارة
uil-decisions-legend = القرار
uil-decisions-accept = مقبول
uil-decisions-not-accept = غير مقبول
uil-decisions-message = رسالة إلى كل مدينة ولجنتها الوطنية
uil-decisions-message-hint = تُرسل الرسالة نفسها إلى كل مدينة مختارة.
uil-decisions-review = مراجعة القرارات
uil-decisions-confirm-title = تأكيد القرارات
uil-decisions-confirm-lead = سيُتخذ القرار التالي بشأن { $count ->
    [zero] { $count } طلب
    [one] طلب واحد
    [two] طلبين
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}: { $decision }. ولن يُتخذ أي قرار قبل أن تؤكدوا، وعندئذ يُتخذ القرار بشأن جميع هذه الطلبات أو لا يُتخذ بشأن أي منها.
uil-decisions-col-becomes = القرار
uil-decisions-mails = تتلقى كل مدينة رسالة بلغة التواصل الخاصة بها، وتتلقى لجنتها الوطنية رسالة بلغة حسابها.
uil-decisions-confirm = { $count ->
    [zero] اتخاذ القرار بشأن هذه الطلبات ({ $count })
    [one] اتخاذ القرار بشأن هذا الطلب
    [two] اتخاذ القرار بشأن هذين الطلبين
    [few] اتخاذ القرار بشأن هذه الطلبات ({ $count })
    [many] اتخاذ القرار بشأن هذه الطلبات ({ $count })
   *[other] اتخاذ القرار بشأن هذه الطلبات ({ $count })
}
uil-decisions-back = العودة إلى الترتيب
uil-decisions-done = { $count ->
    [zero] لم يُتخذ أي قرار.
    [one] اتُّخذ القرار بشأن طلب واحد. والرسائل في طريقها إلى أصحابها.
    [two] اتُّخذ القرار بشأن طلبين. والرسائل في طريقها إلى أصحابها.
    [few] اتُّخذ القرار بشأن { $count } طلبات. والرسائل في طريقها إلى أصحابها.
    [many] اتُّخذ القرار بشأن { $count } طلبًا. والرسائل في طريقها إلى أصحابها.
   *[other] اتُّخذ القرار بشأن { $count } طلب. والرسائل في طريقها إلى أصحابها.
}

## الملف.
uil-dossier = تنزيل الملف (ZIP)
uil-dossier-bulk = تنزيل الملفات (ZIP)

## مشكلات فيما كُتب وأسباب الرفض الخاصة بلجنة التحكيم.
problem-not-a-weight = يُرجى إدخال الوزن عددًا صحيحًا من 1 إلى 10
problem-not-a-threshold = يُرجى إدخال حدّ من 0.1 إلى 3.0، مثل 1.0
problem-not-a-juror-count = يُرجى إدخال عدد صحيح لأعضاء لجنة التحكيم من 1 إلى 10
refusal-jurors-per-application = يحتاج كل طلب إلى عضو واحد على الأقل في لجنة التحكيم.
refusal-too-few-jurors = { $count ->
    [zero] يتعذّر إسناد { $count } طلب
    [one] يتعذّر إسناد طلب واحد
    [two] يتعذّر إسناد طلبين
    [few] يتعذّر إسناد { $count } طلبات
    [many] يتعذّر إسناد { $count } طلبًا
   *[other] يتعذّر إسناد { $count } طلب
} إلى { $k ->
    [zero] { $k } عضو
    [one] عضو واحد
    [two] عضوين
    [few] { $k } أعضاء
    [many] { $k } عضوًا
   *[other] { $k } عضو
} في لجنة التحكيم دون تضارب في المصالح. يُرجى دعوة مزيد من أعضاء لجنة التحكيم، أو طلب عدد أقل منهم لكل طلب. لم يُسند أي شيء.
refusal-rubric-frozen = مُنحت درجات على معايير هذه الدعوة: لم يعد من الممكن تغييرها.
refusal-no-rubric = لا توجد بعد في هذه الدعوة معايير لمنح الدرجات. ويحددها UIL أولًا.
refusal-scores-missing = { $count ->
    [zero] لا يوجد معيار بلا درجة.
    [one] لا يزال معيار واحد بلا درجة.
    [two] لا يزال معياران بلا درجة.
    [few] لا تزال { $count } معايير بلا درجة.
    [many] لا يزال { $count } معيارًا بلا درجة.
   *[other] لا يزال { $count } معيار بلا درجة.
} يُرجى منح درجة لكل معيار لتسليم تقييمكم، أو حفظه كمسودة.
refusal-rubric-full = الحد الأقصى لعدد المعايير في الدعوة هو { $max }.
refusal-juror-in-conflict = لدى عضو لجنة التحكيم هذا تضارب في المصالح مع الطلب: فالطلب من دولته العضو، أو من بلد أعلن عنه، أو أعلن هو عن تضارب في المصالح بشأنه.
refusal-too-many-chosen = يُرجى ألا يتجاوز عدد الطلبات المختارة في كل مرة { $max }.
