# 电子邮件：主题和段落（src/mail/messages.rs）。参见 locales/en/mail.ftl。

## 所有邮件通用。
mail-banner = 联合国教科文组织全球学习型城市网络——成员申请征集
mail-greeting = 尊敬的同事：
mail-greeting-named = 尊敬的{ $name }：
mail-greeting-hello = 您好：
mail-signature = 联合国教科文组织终身学习研究所
mail-signature-service = { site-short-name }

## 账户。
mail-verify_email-subject = 请确认您在{ site-short-name }的电子邮件地址
mail-verify_email-body = { site-short-name }是联合国教科文组织全球学习型城市网络的申请服务。请打开以下链接，确认您的电子邮件地址：
mail-verify_email-expiry = 该链接仅可使用一次，有效期为3天。在确认地址之前，您可以准备贵市的申请，但不能提交。
mail-verify_email-ignore = 如果您并未注册，请忽略本邮件。

mail-account_exists-subject = 您已拥有{ site-short-name }账户
mail-account_exists-body = 有人尝试使用此电子邮件地址在{ site-short-name }注册，但该地址已有账户。如果是您本人，请在此登录：
mail-account_exists-reset = 如果您忘记了密码，请在此设置新密码：
mail-account_exists-ignore = 如果不是您本人，请忽略本邮件：任何内容均未更改。

mail-password_reset-subject = 重置您的{ site-short-name }密码
mail-password_reset-body = 如需为{ site-short-name }设置新密码，请打开以下链接：
mail-password_reset-expiry = 该链接仅可使用一次，有效期为1小时。设置新密码后，您的其他所有登录会话都将结束。
mail-password_reset-ignore = 如果您并未提出此请求，请忽略本邮件：您的密码未作更改。

mail-invitation-subject = 邀请您加入{ site-short-name }：{ $role }
mail-invitation-role-natcom = { $country }联合国教科文组织全国委员会
mail-invitation-body = 我们邀请您以下列身份加入{ site-short-name }（联合国教科文组织全球学习型城市网络的申请服务）：{ $role }。
mail-invitation-accept = 如接受邀请，请在此设置密码：
mail-invitation-expiry = 该链接仅可使用一次，有效期为7天。

## 申请发起人邀请某人参与申请工作时，致该人。
mail-colleague_invitation-subject = 邀请您参与{ $city }加入联合国教科文组织全球学习型城市网络的申请工作
mail-colleague_invitation-body = { $inviter }邀请您在{ site-short-name }上参与{ $city }加入联合国教科文组织全球学习型城市网络的申请工作。
mail-colleague_invitation-accept = 如需加入，请打开以下链接，并使用此地址（{ $email }）登录或创建账户：
mail-colleague_invitation-expiry = 该链接仅可使用一次，有效期为14天。

## 城市提交申请时，致该城市。
mail-submission_receipt-subject = 已收到：{ $city }加入联合国教科文组织全球学习型城市网络的申请
mail-submission_receipt-body = 我们已收到{ $city }加入联合国教科文组织全球学习型城市网络的申请。该申请已提交至{ $country }联合国教科文组织全国委员会。
mail-submission_receipt-next = 后续步骤：全国委员会将决定推荐{ $country }的哪些城市（最多三个），并于{ $deadline }前将其提交至联合国教科文组织终身学习研究所。全国委员会作出决定后，我们将致函告知。
mail-submission_receipt-follow = 您可在此查看申请及其进展：

## 其会员国的城市提交申请时，致全国委员会。
mail-natcom_new_application-subject = 待推荐的新申请：{ $city }
mail-natcom_new_application-body = { $city }（{ $country }）已提交加入联合国教科文组织全球学习型城市网络的申请，现提请贵委员会审议推荐。
mail-natcom_new_application-next = 贵国全国委员会最多可推荐三个城市，并须于{ $deadline }前将其提交至联合国教科文组织终身学习研究所。请在此阅读申请：

## 申请进展时，致该城市。
mail-natcom-note = 全国委员会的说明：
mail-natcom-reason = 全国委员会的理由：
mail-natcom-message = 全国委员会的留言：
mail-uil-message = 联合国教科文组织终身学习研究所的留言：
mail-city-follow = 您可在此查看{ $city }的申请及其进展：

mail-natcom_endorsed-subject = { $city }的申请已获全国委员会推荐
mail-natcom_endorsed-headline = { $country }联合国教科文组织全国委员会已推荐{ $city }的申请。
mail-natcom_endorsed-next = 全国委员会将于{ $deadline }前将该申请提交至联合国教科文组织终身学习研究所。

mail-natcom_declined-subject = { $city }的申请未获全国委员会推荐
mail-natcom_declined-headline = { $country }联合国教科文组织全国委员会决定不推荐{ $city }的申请。
mail-natcom_declined-next = 该申请在本次征集中不再继续推进。

mail-natcom_returned-subject = { $city }的申请已退回给您
mail-natcom_returned-headline = { $country }联合国教科文组织全国委员会已将{ $city }的申请退回给您修改。
mail-natcom_returned-next = 您可在{ $deadline }之前修改申请并重新提交。

mail-natcom_reopened-subject = 全国委员会正在重新审议{ $city }的申请
mail-natcom_reopened-headline = { $country }联合国教科文组织全国委员会已撤回对{ $city }申请的决定，并将重新作出决定。
mail-natcom_reopened-next = 全国委员会将于{ $deadline }前作出决定。

mail-natcom_forwarded-subject = { $city }的申请已提交至联合国教科文组织终身学习研究所
mail-natcom_forwarded-headline = { $country }联合国教科文组织全国委员会已将{ $city }的申请提交至联合国教科文组织终身学习研究所。
mail-natcom_forwarded-next = 终身学习研究所将审查所收到的申请，并致函告知您其决定。

mail-uil_accepted-subject = { $city }加入联合国教科文组织全球学习型城市网络
mail-uil_accepted-headline = 联合国教科文组织终身学习研究所已接纳{ $city }（{ $country }）为联合国教科文组织全球学习型城市网络成员。
mail-uil_accepted-next = 欢迎加入本网络。

mail-uil_not_accepted-subject = 联合国教科文组织终身学习研究所关于{ $city }申请的决定
mail-uil_not_accepted-headline = 联合国教科文组织终身学习研究所决定在本次征集中不接纳{ $city }（{ $country }）的申请。
mail-uil_not_accepted-next = 感谢您为申请所付出的努力。

## 终身学习研究所就其城市作出决定时，致全国委员会。
mail-uil_decision_natcom-accepted-subject = 联合国教科文组织终身学习研究所关于{ $city }的决定：已接纳
mail-uil_decision_natcom-accepted-body = 联合国教科文组织终身学习研究所已就贵国全国委员会推荐的{ $city }的申请作出决定：{ $city }已被接纳为联合国教科文组织全球学习型城市网络成员。
mail-uil_decision_natcom-not_accepted-subject = 联合国教科文组织终身学习研究所关于{ $city }的决定：未接纳
mail-uil_decision_natcom-not_accepted-body = 联合国教科文组织终身学习研究所已就贵国全国委员会推荐的{ $city }的申请作出决定：该申请未在本次征集中获得接纳。
mail-uil_decision_natcom-message = 终身学习研究所致该城市的留言：
mail-uil_decision_natcom-follow = 申请：

## 全国委员会提交城市时，致终身学习研究所协调员。
mail-uil_submissions-subject = { $country }已向联合国教科文组织终身学习研究所提交{ $count }份申请
mail-uil_submissions-body = { $country }联合国教科文组织全国委员会已向联合国教科文组织终身学习研究所提交以下{ $count }份申请：
mail-uil_submissions-follow = 请在此审查：

## 城市截止日期前的提醒，致草稿所有者。
mail-reminder_city-subject = 提醒：请于{ $date }前提交{ $city }的申请
mail-reminder_city_week-body = 距向贵国联合国教科文组织全国委员会提交{ $city }的申请仅剩一周：截止时间为{ $deadline }。该申请目前仍为草稿。
mail-reminder_city_day-body = 距向贵国联合国教科文组织全国委员会提交{ $city }的申请仅剩一天：截止时间为{ $deadline }。该申请目前仍为草稿。
mail-reminder_city-follow = 请在此完成并提交申请：

## 全国委员会截止日期前的提醒。
mail-reminder_natcom-subject = 提醒：请于{ $date }前向联合国教科文组织终身学习研究所提交推荐
mail-reminder_natcom-body = { $country }联合国教科文组织全国委员会须于{ $deadline }前推荐城市，并将其提交至联合国教科文组织终身学习研究所。
mail-reminder_natcom-undecided = 有{ $count }份申请仍在等待您的决定。
mail-reminder_natcom-unsent = 有{ $count }份已推荐的申请尚未提交至终身学习研究所。
mail-reminder_natcom-left = 还剩{ $days }天。
mail-reminder_natcom-follow = 您的申请：
