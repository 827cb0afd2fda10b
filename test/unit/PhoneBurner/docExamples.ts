/**
 * The PhoneBurner doc's own example responses (shared/vendor-docs/phoneburner-rest-v1.txt), copied
 * as printed, line numbers given. Where the printed text is not valid JSON (a trailing comma, a
 * missing closing brace) the literal is the smallest fix that makes it one; each fix is noted.
 */

/** Doc lines 64-160. */
export const contactsList = {
	http_status: 200,
	status: 'success',
	contacts: {
		member_user_id: '13514766',
		contacts: [
			{
				contact_user_id: '30919237',
				owner_id: '13514766',
				first_name: 'John',
				last_name: 'Demo',
				date_added: '2023-10-15 10:38:07',
				original_ip: '108.66.113.199',
				unique_id: 'QS1KCYL3',
				ad_code: '',
				language: 'en',
				region: 'US',
				time_zone: 'America/Phoenix',
				location_name: 'PHOENIX, AZ',
				latitude: '33.424500',
				longitude: '112.065002',
				raw_zip: '85034',
				raw_phone: '6025551234',
				last_login: '0000-00-00 00:00:00',
				total_logins: '0',
				points: '0',
				do_not_call: '0',
				call_result: null,
				gender: '',
				date_of_birth: '0000-00-00',
				category_id: '0',
				site_id: '30',
				archived: '0',
				trashed: '0',
				removed: '0',
				viewed: '0',
				rating: '0',
				contacted: '0000-00-00 00:00:00',
				notes: {
					notes: 'These are my notes on this contact',
				},
				primary_email: {
					email_address: 'johndemo@fakedomain.com',
					status: '1',
					soft_bounce_count: '0',
					hard_bounce_count: '0',
					is_primary: '1',
					double_opt_status: '0',
					double_opt_ip: '',
					type: '1',
				},
				primary_phone: {
					phone: '(602) 555-1234',
					raw_phone: '6025551234',
					type: '5',
					is_primary: '1',
					label: null,
				},
				phones: null,
				primary_address: {
					address: '555 W. 5th Street',
					address_2: 'Apt #105',
					city: 'PHOENIX',
					state: 'Arizona',
					state_other: '',
					zip: '85034',
					country: 'United States',
					type: '1',
					is_primary: '1',
				},
				custom_fields: [
					{
						name: 'My custom field',
						type: '1',
						value: 'my value',
					},
				],
				external_crm_data: [
					{
						crm_id: '123',
						crm_name: 'SalesForce',
					},
				],
			},
		],
		page_size: 1,
		total_results: '68',
		page: 1,
		total_pages: 68,
	},
};

/** Doc lines 405-427. */
export const contactCreate = {
	http_status: 201,
	status: 'success',
	contacts: {
		contacts: {
			contact_user_id: '30919347',
			first_name: 'Johnny',
			last_name: 'Demo',
			email_address: 'johnnydemo@fakedomain.com',
			phone: '9495551000',
			phone_label: 'Any label',
			date_added: '2023-10-20 14:38:42',
			notes: null,
		},
		additional_messages: true,
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 679-716. */
export const contactCustomFieldsList = {
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '77981',
				display_name: 'Example Text',
				type_id: '1',
				type_name: 'Text Field',
				display_order: '0',
				value: 'Example',
				_link: {
					self: {
						href: 'rest/1/customfields/{contact_id}/customfields/77981',
					},
				},
			},
			{
				custom_field_id: '34377',
				display_name: 'Example Check Box',
				type_id: '2',
				type_name: 'Check Box',
				display_order: '1',
				value: null,
				_link: {
					self: {
						href: 'rest/1/customfields/{contact_id}/customfields/34377',
					},
				},
			},
		],
		page_size: 1,
		total_results: '1',
		page: 1,
		total_pages: 1,
	},
};

/** Doc lines 722-742. */
export const contactCustomFieldGet = {
	_link: {
		self: {
			href: '/rest/1/contacts/106556132/customfields/34377',
		},
	},
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '34377',
				display_name: 'Example',
				type_id: '2',
				type_name: 'Check Box',
				display_order: '1',
				value: null,
			},
		],
	},
};

/** Doc lines 764-779. */
export const contactCustomFieldAdd = {
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '77981',
				display_name: 'Example Text',
				type_id: '1',
				type_name: 'Text Field',
				display_order: '0',
				value: 'Updated value',
			},
		],
	},
};

/** Doc lines 801-816. */
export const contactCustomFieldUpdate = {
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '77981',
				display_name: 'Example Text',
				type_id: '1',
				type_name: 'Text Field',
				display_order: '0',
				value: 'Updated value',
			},
		],
	},
};

/** Doc lines 830-856. */
export const emailsList = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390387/emails',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390387/emails',
		},
	},
	http_status: 200,
	status: 'success',
	emails: {
		emails: [
			{
				id: 120954818,
				email_address: 'sallysample@getitonline.com',
				is_primary: true,
			},
		],
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 884-897. */
export const emailAdd = {
	_links: {
		self: {
			href: '/rest/1/contacts/382390388/emails',
		},
	},
	http_status: 202,
	status: 'success',
	email: {
		id: 120954825,
		email_address: 'test7@example.com',
		is_primary: true,
	},
};

/** Doc lines 928-948. */
export const emailsReplaceAll = {
	_links: {
		self: {
			href: '/rest/1/contacts/382391754/emails',
		},
	},
	http_status: 202,
	status: 'success',
	emails: [
		{
			id: '120956183',
			email_address: 'joe@bob.com',
			is_primary: 1,
		},
		{
			id: '120956182',
			email_address: 'sally@fred.com',
			is_primary: false,
		},
	],
};

/** Doc lines 955-973. */
export const emailGet = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390387/emails/120954818',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390387/emails/120954818',
		},
	},
	http_status: 200,
	status: 'success',
	email: {
		id: 120954818,
		email_address: 'sallysample@getitonline.com',
		is_primary: true,
	},
};

/** Doc lines 1000-1013. */
export const emailUpdate = {
	_links: {
		self: {
			href: '/rest/1/contacts/382390388/emails/120954825',
		},
	},
	http_status: 202,
	status: 'success',
	email: {
		id: 120954825,
		email_address: 'test5_updated@example.com',
		is_primary: true,
	},
};

/** Doc lines 1029-1057. */
export const phonesList = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390388/phones',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390388/phones',
		},
	},
	http_status: 200,
	status: 'success',
	phones: {
		phones: [
			{
				id: 223987053,
				type: 1,
				phone_number: '716-293-9978',
				label: 'An updated title',
				is_primary: true,
			},
		],
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 1087-1107. */
export const phoneAdd = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390392/phones/223987058',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390392/phones/223987058',
		},
	},
	http_status: 200,
	status: 'success',
	phone: {
		id: 223987058,
		type: '3',
		phone_number: '4251234567',
		label: 'fake',
		is_primary: true,
	},
};

/** Doc lines 1140-1160. */
export const phonesAddPut = {
	_links: {
		self: {
			href: '/rest/1/contacts/382391754/phones',
		},
	},
	http_status: 202,
	status: 'success',
	phones: [
		{
			phone_number: '1234567890',
			is_primary: true,
			type: 0,
		},
		{
			phone_number: '1234567891',
			is_primary: false,
			type: 1,
		},
	],
};

/** Doc lines 1167-1187. */
export const phoneGet = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390392/phones/223987058',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390392/phones/223987058',
		},
	},
	http_status: 200,
	status: 'success',
	phone: {
		id: 223987058,
		type: '3',
		phone_number: '4251234567',
		label: 'fake',
		is_primary: true,
	},
};

/** Doc lines 1217-1232. */
export const phoneUpdate = {
	_links: {
		self: {
			href: '/rest/1/contacts/382390388/phones/223987053',
		},
	},
	http_status: 202,
	status: 'success',
	phone: {
		id: 223987053,
		type: 1,
		phone_number: '716-293-9978',
		label: 'An updated title',
		is_primary: true,
	},
};

/** Doc lines 1248-1273. */
export const contactTagsList = {
	_link: {
		self: {
			href: '/rest/1/contacts/382390387/tags',
		},
	},
	_links: {
		self: {
			href: '/rest/1/contacts/382390387/tags',
		},
	},
	http_status: 200,
	status: 'success',
	tags: {
		tags: [
			{
				id: 4406098,
				title: 'SampleTag',
			},
		],
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 1293-1305. */
export const contactTagAdd = {
	_links: {
		self: {
			href: '/rest/1/contact/382390387/tags/4406099',
		},
	},
	http_status: 202,
	status: 'success',
	tag: {
		id: 4406099,
		title: 'Sample Tag',
	},
};

/** Doc lines 1312-1324. */
export const contactTagGet = {
	_links: {
		self: {
			href: '/rest/1/contact/382390387/tags/4406099',
		},
	},
	http_status: 202,
	status: 'success',
	tag: {
		id: 4406099,
		title: 'Sample Tag',
	},
};

/** Doc lines 1369-1392. */
export const content = {
	http_status: 200,
	status: 'success',
	content: {
		emails: [
			{
				cm_content_id: '1234',
				display_name: 'System message',
				description: 'This is an email shared from the master account',
				message_id: '4046217',
				display_order: '0',
				system_message: 1,
			},
			{
				cm_content_id: '23295',
				display_name: 'User generated message',
				description: 'This message was created by the user',
				message_id: '4046239',
				display_order: '0',
				system_message: 0,
			},
		],
	},
};

/** Doc lines 1399-1422 (printed inside the curl's -d '…'). */
export const customFieldsList = {
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '215',
				display_name: 'My custom field',
				type_id: '1',
				type_name: 'Text Field',
				display_order: '0',
				_link: {
					self: {
						href: 'rest/1/customfields/215',
					},
				},
			},
		],
		page_size: 1,
		total_results: '1',
		page: 1,
		total_pages: 1,
	},
};

/** Doc lines 1460-1479 (printed inside the curl's -d '…'). */
export const customFieldGet = {
	http_status: 200,
	status: 'success',
	customfields: {
		customfields: [
			{
				custom_field_id: '215',
				display_name: 'My custom field',
				type_id: '1',
				type_name: 'Text Field',
				display_order: '0',
				_link: {
					self: {
						href: 'rest/1/customfields/215',
					},
				},
			},
		],
	},
};

/** Doc lines 1551-1604. */
export const dialSessionGet = {
	http_status: 200,
	status: 'success',
	dialsessions: {
		page: 1,
		page_size: 25,
		total_pages: 1,
		total_results: 2,
		dialsessions: {
			dialsession_id: '70951',
			callerid: '9495551234',
			start_when: '2023-08-06 10:59:53',
			end_when: '2023-08-06 11:02:09',
			connected_when: '2023-08-06 11:01:01',
			disconnected_when: '2023-08-06 11:02:09',
			call_count: 2,
			calls: [
				{
					call_id: '1767709',
					phone: '9495551212',
					start_when: '2023-08-06 11:01:37',
					end_when: '2023-08-06 11:01:49',
					connected: '0',
					voicemail: '0',
					voicemail_sent: null,
					email_sent: null,
					email_ok: '0',
					hangup_status: null,
					message_id: null,
					note: '-- Aug 06, 2023 9:01 am - PB - Got a busy signal.',
					disposition: 'Busy Phone',
				},
				{
					call_id: '1767710',
					phone: '9495551414',
					start_when: '2023-08-06 11:01:50',
					end_when: '2023-08-06 11:02:01',
					connected: '0',
					voicemail: '1',
					voicemail_sent: 'Basic Voicemail',
					email_sent: null,
					email_ok: '0',
					hangup_status: null,
					message_id: null,
					note: '-- Aug 06, 2023 9:02 am - PB - Left a message. (Basic Voicemail)',
					disposition: 'Left Message',
				},
			],
		},
	},
};

/** Doc lines 1640-1680. */
export const dialSessionsList = {
	http_status: 200,
	status: 'success',
	dialsessions: {
		page: 1,
		page_size: 3,
		total_pages: 25,
		total_results: 75,
		dialsessions: [
			{
				dialsession_id: '49463',
				callerid: null,
				start_when: '2013-11-04 08:16:08',
				end_when: null,
				connected_when: null,
				disconnected_when: null,
				call_count: 0,
			},
			{
				dialsession_id: '70384',
				callerid: '9495551234',
				start_when: '2023-04-30 15:31:03',
				end_when: '2023-04-30 15:33:29',
				connected_when: '2023-04-30 15:33:15',
				disconnected_when: '2023-04-30 15:33:29',
				call_count: 1,
			},
			{
				dialsession_id: '70385',
				callerid: '9495551234',
				start_when: '2023-04-30 15:33:44',
				end_when: '2023-04-30 15:34:25',
				connected_when: '2023-04-30 15:34:02',
				disconnected_when: '2023-04-30 15:34:25',
				call_count: 1,
			},
		],
	},
};

/** Doc lines 1771-1783. */
export const dialSessionCreate = {
	http_status: 201,
	status: 'success',
	dialsessions: {
		redirect_url:
			'https://develop.phoneburner.com/index/sso_key_login?single_sign_on_secret=6a0f4934203948e0727456a2001f07f7&redirect=%2Fphoneburner%2Fapi_begin_dialsession',
		errors: null,
		total_results: 0,
		page: 1,
		page_size: 0,
		total_pages: 0,
	},
};

/** Doc lines 1891-1917. */
export const dialSessionCall = {
	http_status: 200,
	status: 'success',
	call: {
		call: {
			call_id: '1766999',
			phone: '9495551234',
			start_when: '2023-06-06 10:39:02',
			end_when: '2023-06-06 10:39:18',
			connected: '0',
			voicemail: '1',
			voicemail_sent: null,
			email_sent: null,
			email_ok: '0',
			hangup_status: null,
			message_id: null,
			note: '-- Jun 06, 2023 8:39 am - PB - There was no answer.',
			disposition: 'No Answer',
		},
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 1926-1953. */
export const settingsGet = {
	http_status: 200,
	status: 'success',
	settings: {
		settings: {
			dialsecs: '30',
			ringing: '1',
			emails: '0',
			busy: null,
			badphone: null,
			noanswer: null,
			fax: null,
			voicemail: null,
			interested: null,
			notinterested: null,
			wrongperson: null,
			calltime_max: '2100',
			calltime_min: '0800',
			connectme_preset: 'null',
		},
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2014-2041. */
export const settingsUpdate = {
	http_status: 200,
	status: 'success',
	settings: {
		settings: {
			dialsecs: '30',
			ringing: '1',
			emails: '0',
			busy: null,
			badphone: null,
			noanswer: null,
			fax: null,
			voicemail: null,
			interested: null,
			notinterested: null,
			wrongperson: null,
			calltime_max: '2100',
			calltime_min: '0800',
			connectme_preset: 'null',
		},
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2085-2099. */
export const usage = {
	http_status: 200,
	status: 'success',
	usage: {
		'95074688': {
			sessions: 1,
			calls: 4,
			connected: 2,
			voicemail: 1,
			emails: 0,
			talktime: 30,
			avg_talktime: 15,
		},
	},
};

/** Doc lines 2117-2138. */
export const foldersList = {
	http_status: 200,
	status: 'success',
	folders: {
		'0': {
			folder_id: '11888',
			folder_name: 'Folder #1',
		},
		'1': {
			folder_id: '11999',
			folder_name: 'Folder #2',
		},
		'2': {
			folder_id: '11000',
			folder_name: 'Folder #3',
		},
	},
};

/** Doc lines 2141-2197 (comma missing before "_embedded" in the doc, added). */
export const foldersStructure = {
	http_status: 200,
	status: 'success',
	folders: {
		'0': {
			id: '11888',
			folder_id: '11888',
			folder_name: 'Folder #1',
			description: 'A Description',
			_links: {
				self: {
					href: 'rest/1/folders/118888',
				},
			},
		},
		'1': {
			id: '11990',
			folder_id: '11990',
			folder_name: 'Folder #2',
			description: 'A Description',
			_links: {
				self: {
					href: 'rest/1/folders/11990',
				},
			},
			_embedded: {
				folders: [
					{
						id: '11991',
						folder_id: '11991',
						folder_name: 'Sub Folder #2 - 1',
						description: 'A Description',
						_links: {
							self: {
								href: 'rest/1/folders/11991',
							},
						},
					},
					{
						id: '11992',
						folder_id: '11992',
						folder_name: 'Sub Folder #2 - 2',
						description: 'A Description',
						_links: {
							self: {
								href: 'rest/1/folders/11992',
							},
						},
					},
				],
			},
		},
	},
};

/** Doc lines 2229-2240. */
export const folderCreate = {
	http_status: 200,
	status: 'success',
	folders: {
		'0': {
			folder_id: '11888',
			folder_name: 'Folder #1',
		},
	},
};

/** Doc lines 2277-2288. */
export const folderUpdate = {
	http_status: 200,
	status: 'success',
	folders: {
		'0': {
			folder_id: '132022',
			folder_name: 'Folder #2',
		},
	},
};

/** Doc lines 2330-2357 (closing brace missing in the doc, added). */
export const memberGet = {
	http_status: 200,
	status: 'success',
	members: {
		total_results: 1,
		members: [
			{
				user_id: '1234567',
				username: '',
				first_name: 'Saul',
				last_name: 'Goodman',
				email_address: 'callsaul@bettercallsaul.com',
				date_added: '2013-01-17 17:12:13',
				phone: '9492181234',
				display_name: 'Standard Account',
				billing_item_id: '131',
				subscription_status: '1',
				oauth: {
					bearer_token: 'examplenEnTQoSx8sWmLBtbrhcgp8sReWxIvITGN',
				},
			},
		],
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2397-2421. */
export const memberUpdate = {
	http_status: 200,
	status: 'success',
	members: {
		members: {
			user_id: '25381104',
			username: 'gumby',
			first_name: 'johnny5',
			last_name: '',
			email_address: 'gumby@networxonline.com',
			date_added: '2023-09-22 14:51:38',
			phone: null,
			display_name: '7.5 Hour Account',
			billing_item_id: '183',
			subscription_status: '1',
			oauth: {
				bearer_token: 'examplenEnTQoSx8sWmLBtbrhcgp8sReWxIvITGN',
			},
		},
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2470-2512 (closing brace missing in the doc, added). */
export const membersList = {
	http_status: 200,
	status: 'success',
	members: {
		total_results: 2,
		members: [
			{
				user_id: '1234567',
				username: 'callsaul@bettercallsaul.com',
				first_name: 'Saul',
				last_name: 'Goodman',
				email_address: 'callsaul@bettercallsaul.com',
				date_added: '2013-01-17 17:12:13',
				phone: '9492181234',
				display_name: 'Standard Account',
				billing_item_id: '131',
				subscription_status: '1',
				oauth: {
					bearer_token: 'examplenEnTQoSx8sWmLBtbrhcgp8sReWxIvITGN',
				},
			},
			{
				user_id: '1300000',
				username: 'walter@bettercallsaul.com',
				first_name: 'Walter',
				last_name: 'White',
				email_address: 'walter@bettercallsaul.com',
				date_added: '2013-01-18 17:12:15',
				phone: '9492187890',
				display_name: 'Standard Account',
				billing_item_id: '131',
				subscription_status: '1',
				oauth: {
					bearer_token: 'examplenEnTQoSx8sWmLBtbrhcgp8sReWxIvITGN',
				},
			},
		],
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2585-2609. */
export const memberCreate = {
	http_status: 201,
	status: 'success',
	members: {
		members: {
			user_id: '25381104',
			username: 'gumby',
			first_name: 'foobar',
			last_name: '',
			email_address: 'gumby@networxonline.com',
			date_added: '2023-09-22 14:51:38',
			phone: null,
			display_name: '7.5 Hour Account',
			billing_item_id: '183',
			subscription_status: '1',
			oauth: {
				bearer_token: 'examplenEnTQoSx8sWmLBtbrhcgp8sReWxIvITGN',
			},
		},
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};

/** Doc lines 2672-2701. */
export const tagsList = {
	_link: {
		self: {
			href: '/rest/1/tags',
		},
	},
	_links: {
		self: {
			href: '/rest/1/tags',
		},
	},
	http_status: 200,
	status: 'success',
	tags: {
		tags: [
			{
				id: 4406097,
				title: 'another tag',
			},
			{
				id: 4406096,
				title: 'test',
			},
		],
		total_results: 2,
		page: 1,
		page_size: 2,
		total_pages: 1,
	},
};

/** Doc lines 2721-2733. */
export const tagCreate = {
	_links: {
		self: {
			href: '/rest/1/contact/tags',
		},
	},
	http_status: 202,
	status: 'success',
	tag: {
		id: 4406100,
		tag: 'A new tag',
	},
};

/** Doc lines 2753-2765. */
export const tagUpdate = {
	_links: {
		self: {
			href: '/rest/1/tags',
		},
	},
	http_status: 202,
	status: 'success',
	tag: {
		id: 4406100,
		tag: 'A new tag',
	},
};

/** Doc lines 2781-2800. */
export const voicemails = {
	http_status: 200,
	status: 'success',
	voicemails: {
		voicemails: [
			{
				recording_id: '170999',
				name: 'Basic Voicemail',
				playback_url: 'http://sampledomain.com/pbx/dsrecording/AH-AEE-AAADGFF/170999/x.mp3',
				created_when: '2013-11-07 10:16:56',
			},
		],
		total_results: 1,
		page: 1,
		page_size: 1,
		total_pages: 1,
	},
};
