
build/kernel-pv.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	0002d117          	auipc	sp,0x2d
80400004:	0b010113          	add	sp,sp,176 # 8042d0b0 <lru>
80400008:	00029297          	auipc	t0,0x29
8040000c:	01828293          	add	t0,t0,24 # 80429020 <unflushed>
80400010:	00105317          	auipc	t1,0x105
80400014:	45030313          	add	t1,t1,1104 # 80505460 <bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_entry+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_entry+0x18>
80400024:	5b2030ef          	jal	804035d6 <pv_main>
80400028:	a001                	j	80400028 <_entry+0x28>

8040002a <bget>:
8040002a:	8042d7b7          	lui	a5,0x8042d
8040002e:	1141                	add	sp,sp,-16
80400030:	0b078793          	add	a5,a5,176 # 8042d0b0 <lru>
80400034:	c422                	sw	s0,8(sp)
80400036:	4bc0                	lw	s0,20(a5)
80400038:	c226                	sw	s1,4(sp)
8040003a:	c606                	sw	ra,12(sp)
8040003c:	84aa                	mv	s1,a0
8040003e:	00f40a63          	beq	s0,a5,80400052 <bget+0x28>
80400042:	4018                	lw	a4,0(s0)
80400044:	c701                	beqz	a4,8040004c <bget+0x22>
80400046:	4418                	lw	a4,8(s0)
80400048:	04970c63          	beq	a4,s1,804000a0 <bget+0x76>
8040004c:	4840                	lw	s0,20(s0)
8040004e:	fef41ae3          	bne	s0,a5,80400042 <bget+0x18>
80400052:	4b80                	lw	s0,16(a5)
80400054:	00f41663          	bne	s0,a5,80400060 <bget+0x36>
80400058:	a8a9                	j	804000b2 <bget+0x88>
8040005a:	4800                	lw	s0,16(s0)
8040005c:	04f40b63          	beq	s0,a5,804000b2 <bget+0x88>
80400060:	4458                	lw	a4,12(s0)
80400062:	ff65                	bnez	a4,8040005a <bget+0x30>
80400064:	401c                	lw	a5,0(s0)
80400066:	ef81                	bnez	a5,8040007e <bget+0x54>
80400068:	4785                	li	a5,1
8040006a:	c404                	sw	s1,8(s0)
8040006c:	40b2                	lw	ra,12(sp)
8040006e:	00042023          	sw	zero,0(s0)
80400072:	c45c                	sw	a5,12(s0)
80400074:	8522                	mv	a0,s0
80400076:	4422                	lw	s0,8(sp)
80400078:	4492                	lw	s1,4(sp)
8040007a:	0141                	add	sp,sp,16
8040007c:	8082                	ret
8040007e:	405c                	lw	a5,4(s0)
80400080:	d7e5                	beqz	a5,80400068 <bget+0x3e>
80400082:	4408                	lw	a0,8(s0)
80400084:	01840613          	add	a2,s0,24
80400088:	45a1                	li	a1,8
8040008a:	050e                	sll	a0,a0,0x3
8040008c:	492030ef          	jal	8040351e <disk_write>
80400090:	804297b7          	lui	a5,0x80429
80400094:	4705                	li	a4,1
80400096:	00042223          	sw	zero,4(s0)
8040009a:	02e7a023          	sw	a4,32(a5) # 80429020 <unflushed>
8040009e:	b7e9                	j	80400068 <bget+0x3e>
804000a0:	445c                	lw	a5,12(s0)
804000a2:	40b2                	lw	ra,12(sp)
804000a4:	8522                	mv	a0,s0
804000a6:	0785                	add	a5,a5,1
804000a8:	c45c                	sw	a5,12(s0)
804000aa:	4422                	lw	s0,8(sp)
804000ac:	4492                	lw	s1,4(sp)
804000ae:	0141                	add	sp,sp,16
804000b0:	8082                	ret
804000b2:	80406537          	lui	a0,0x80406
804000b6:	00050513          	mv	a0,a0
804000ba:	613010ef          	jal	80401ecc <panic>

804000be <bio_init>:
804000be:	8042d6b7          	lui	a3,0x8042d
804000c2:	8042e7b7          	lui	a5,0x8042e
804000c6:	00040637          	lui	a2,0x40
804000ca:	0b068713          	add	a4,a3,176 # 8042d0b0 <lru>
804000ce:	0c878793          	add	a5,a5,200 # 8042e0c8 <bufs>
804000d2:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000d6:	6585                	lui	a1,0x1
804000d8:	0b068513          	add	a0,a3,176
804000dc:	cb18                	sw	a4,16(a4)
804000de:	963e                	add	a2,a2,a5
804000e0:	0b068693          	add	a3,a3,176
804000e4:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000e6:	cbd4                	sw	a3,20(a5)
804000e8:	8736                	mv	a4,a3
804000ea:	cb88                	sw	a0,16(a5)
804000ec:	86be                	mv	a3,a5
804000ee:	cb1c                	sw	a5,16(a4)
804000f0:	97ae                	add	a5,a5,a1
804000f2:	fec79ae3          	bne	a5,a2,804000e6 <bio_init+0x28>
804000f6:	8046d7b7          	lui	a5,0x8046d
804000fa:	6b078793          	add	a5,a5,1712 # 8046d6b0 <bufs+0x3f5e8>
804000fe:	c95c                	sw	a5,20(a0)
80400100:	8082                	ret

80400102 <bread>:
80400102:	1141                	add	sp,sp,-16
80400104:	c422                	sw	s0,8(sp)
80400106:	c226                	sw	s1,4(sp)
80400108:	c606                	sw	ra,12(sp)
8040010a:	84aa                	mv	s1,a0
8040010c:	3f39                	jal	8040002a <bget>
8040010e:	411c                	lw	a5,0(a0)
80400110:	842a                	mv	s0,a0
80400112:	c799                	beqz	a5,80400120 <bread+0x1e>
80400114:	40b2                	lw	ra,12(sp)
80400116:	8522                	mv	a0,s0
80400118:	4422                	lw	s0,8(sp)
8040011a:	4492                	lw	s1,4(sp)
8040011c:	0141                	add	sp,sp,16
8040011e:	8082                	ret
80400120:	01850613          	add	a2,a0,24 # 80406018 <__udivdi3+0x588>
80400124:	45a1                	li	a1,8
80400126:	00349513          	sll	a0,s1,0x3
8040012a:	396030ef          	jal	804034c0 <disk_read>
8040012e:	4785                	li	a5,1
80400130:	40b2                	lw	ra,12(sp)
80400132:	c01c                	sw	a5,0(s0)
80400134:	8522                	mv	a0,s0
80400136:	4422                	lw	s0,8(sp)
80400138:	4492                	lw	s1,4(sp)
8040013a:	0141                	add	sp,sp,16
8040013c:	8082                	ret

8040013e <bclear>:
8040013e:	1141                	add	sp,sp,-16
80400140:	c606                	sw	ra,12(sp)
80400142:	c422                	sw	s0,8(sp)
80400144:	35dd                	jal	8040002a <bget>
80400146:	842a                	mv	s0,a0
80400148:	6605                	lui	a2,0x1
8040014a:	4581                	li	a1,0
8040014c:	0561                	add	a0,a0,24
8040014e:	3be020ef          	jal	8040250c <memset>
80400152:	4785                	li	a5,1
80400154:	40b2                	lw	ra,12(sp)
80400156:	c01c                	sw	a5,0(s0)
80400158:	c05c                	sw	a5,4(s0)
8040015a:	8522                	mv	a0,s0
8040015c:	4422                	lw	s0,8(sp)
8040015e:	0141                	add	sp,sp,16
80400160:	8082                	ret

80400162 <bdirty>:
80400162:	4785                	li	a5,1
80400164:	c15c                	sw	a5,4(a0)
80400166:	8082                	ret

80400168 <brelse>:
80400168:	455c                	lw	a5,12(a0)
8040016a:	02f05263          	blez	a5,8040018e <brelse+0x26>
8040016e:	4910                	lw	a2,16(a0)
80400170:	4954                	lw	a3,20(a0)
80400172:	17fd                	add	a5,a5,-1
80400174:	c55c                	sw	a5,12(a0)
80400176:	8042d7b7          	lui	a5,0x8042d
8040017a:	ca54                	sw	a3,20(a2)
8040017c:	0b078793          	add	a5,a5,176 # 8042d0b0 <lru>
80400180:	4bd8                	lw	a4,20(a5)
80400182:	ca90                	sw	a2,16(a3)
80400184:	c91c                	sw	a5,16(a0)
80400186:	c958                	sw	a4,20(a0)
80400188:	cb08                	sw	a0,16(a4)
8040018a:	cbc8                	sw	a0,20(a5)
8040018c:	8082                	ret
8040018e:	80406537          	lui	a0,0x80406
80400192:	1141                	add	sp,sp,-16
80400194:	02050513          	add	a0,a0,32 # 80406020 <__udivdi3+0x590>
80400198:	c606                	sw	ra,12(sp)
8040019a:	533010ef          	jal	80401ecc <panic>

8040019e <bio_flush>:
8040019e:	1101                	add	sp,sp,-32
804001a0:	cc22                	sw	s0,24(sp)
804001a2:	ca26                	sw	s1,20(sp)
804001a4:	c64e                	sw	s3,12(sp)
804001a6:	8046e4b7          	lui	s1,0x8046e
804001aa:	8042e9b7          	lui	s3,0x8042e
804001ae:	6405                	lui	s0,0x1
804001b0:	c452                	sw	s4,8(sp)
804001b2:	c256                	sw	s5,4(sp)
804001b4:	ce06                	sw	ra,28(sp)
804001b6:	c84a                	sw	s2,16(sp)
804001b8:	0c898993          	add	s3,s3,200 # 8042e0c8 <bufs>
804001bc:	6c848493          	add	s1,s1,1736 # 8046e6c8 <cons>
804001c0:	80429a37          	lui	s4,0x80429
804001c4:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
804001c6:	4a85                	li	s5,1
804001c8:	87ce                	mv	a5,s3
804001ca:	4901                	li	s2,0
804001cc:	4398                	lw	a4,0(a5)
804001ce:	cb19                	beqz	a4,804001e4 <bio_flush+0x46>
804001d0:	43d8                	lw	a4,4(a5)
804001d2:	cb09                	beqz	a4,804001e4 <bio_flush+0x46>
804001d4:	00090763          	beqz	s2,804001e2 <bio_flush+0x44>
804001d8:	4794                	lw	a3,8(a5)
804001da:	00892703          	lw	a4,8(s2)
804001de:	00e6f363          	bgeu	a3,a4,804001e4 <bio_flush+0x46>
804001e2:	893e                	mv	s2,a5
804001e4:	97a2                	add	a5,a5,s0
804001e6:	fef493e3          	bne	s1,a5,804001cc <bio_flush+0x2e>
804001ea:	00090f63          	beqz	s2,80400208 <bio_flush+0x6a>
804001ee:	00892503          	lw	a0,8(s2)
804001f2:	01890613          	add	a2,s2,24
804001f6:	45a1                	li	a1,8
804001f8:	050e                	sll	a0,a0,0x3
804001fa:	324030ef          	jal	8040351e <disk_write>
804001fe:	00092223          	sw	zero,4(s2)
80400202:	035a2023          	sw	s5,32(s4) # 80429020 <unflushed>
80400206:	b7c9                	j	804001c8 <bio_flush+0x2a>
80400208:	020a2783          	lw	a5,32(s4)
8040020c:	eb91                	bnez	a5,80400220 <bio_flush+0x82>
8040020e:	40f2                	lw	ra,28(sp)
80400210:	4462                	lw	s0,24(sp)
80400212:	44d2                	lw	s1,20(sp)
80400214:	4942                	lw	s2,16(sp)
80400216:	49b2                	lw	s3,12(sp)
80400218:	4a22                	lw	s4,8(sp)
8040021a:	4a92                	lw	s5,4(sp)
8040021c:	6105                	add	sp,sp,32
8040021e:	8082                	ret
80400220:	35c030ef          	jal	8040357c <disk_flush>
80400224:	020a2023          	sw	zero,32(s4)
80400228:	b7dd                	j	8040020e <bio_flush+0x70>

8040022a <console_room>:
8040022a:	8046e7b7          	lui	a5,0x8046e
8040022e:	6c878793          	add	a5,a5,1736 # 8046e6c8 <cons>
80400232:	2007a703          	lw	a4,512(a5)
80400236:	2047a503          	lw	a0,516(a5)
8040023a:	20070713          	add	a4,a4,512
8040023e:	40a70533          	sub	a0,a4,a0
80400242:	8082                	ret

80400244 <console_input>:
80400244:	8046e737          	lui	a4,0x8046e
80400248:	6c870693          	add	a3,a4,1736 # 8046e6c8 <cons>
8040024c:	2046a783          	lw	a5,516(a3)
80400250:	862a                	mv	a2,a0
80400252:	6c870513          	add	a0,a4,1736
80400256:	1ff7f713          	and	a4,a5,511
8040025a:	9736                	add	a4,a4,a3
8040025c:	0785                	add	a5,a5,1
8040025e:	20f6a223          	sw	a5,516(a3)
80400262:	00c70023          	sb	a2,0(a4)
80400266:	7bf0106f          	j	80402224 <wakeup>

8040026a <console_read>:
8040026a:	cdc9                	beqz	a1,80400304 <console_read+0x9a>
8040026c:	7179                	add	sp,sp,-48
8040026e:	d226                	sw	s1,36(sp)
80400270:	8046e4b7          	lui	s1,0x8046e
80400274:	d422                	sw	s0,40(sp)
80400276:	6c848413          	add	s0,s1,1736 # 8046e6c8 <cons>
8040027a:	20042783          	lw	a5,512(s0)
8040027e:	20442683          	lw	a3,516(s0)
80400282:	d04a                	sw	s2,32(sp)
80400284:	ce4e                	sw	s3,28(sp)
80400286:	d606                	sw	ra,44(sp)
80400288:	cc52                	sw	s4,24(sp)
8040028a:	892e                	mv	s2,a1
8040028c:	89aa                	mv	s3,a0
8040028e:	00f69c63          	bne	a3,a5,804002a6 <console_read+0x3c>
80400292:	6c848513          	add	a0,s1,1736
80400296:	6d3010ef          	jal	80402168 <sleep_on>
8040029a:	20042783          	lw	a5,512(s0)
8040029e:	20442683          	lw	a3,516(s0)
804002a2:	fed788e3          	beq	a5,a3,80400292 <console_read+0x28>
804002a6:	4481                	li	s1,0
804002a8:	4a11                	li	s4,4
804002aa:	a82d                	j	804002e4 <console_read+0x7a>
804002ac:	00074703          	lbu	a4,0(a4)
804002b0:	00e107a3          	sb	a4,15(sp)
804002b4:	05470a63          	beq	a4,s4,80400308 <console_read+0x9e>
804002b8:	491010ef          	jal	80401f48 <myproc>
804002bc:	5908                	lw	a0,48(a0)
804002be:	009985b3          	add	a1,s3,s1
804002c2:	4685                	li	a3,1
804002c4:	00f10613          	add	a2,sp,15
804002c8:	739020ef          	jal	80403200 <copyout>
804002cc:	04054663          	bltz	a0,80400318 <console_read+0xae>
804002d0:	20042783          	lw	a5,512(s0)
804002d4:	0485                	add	s1,s1,1
804002d6:	0785                	add	a5,a5,1
804002d8:	20f42023          	sw	a5,512(s0)
804002dc:	00990963          	beq	s2,s1,804002ee <console_read+0x84>
804002e0:	20442683          	lw	a3,516(s0)
804002e4:	1ff7f713          	and	a4,a5,511
804002e8:	9722                	add	a4,a4,s0
804002ea:	fcd791e3          	bne	a5,a3,804002ac <console_read+0x42>
804002ee:	5fc030ef          	jal	804038ea <arch_console_rx_resume>
804002f2:	8526                	mv	a0,s1
804002f4:	50b2                	lw	ra,44(sp)
804002f6:	5422                	lw	s0,40(sp)
804002f8:	5492                	lw	s1,36(sp)
804002fa:	5902                	lw	s2,32(sp)
804002fc:	49f2                	lw	s3,28(sp)
804002fe:	4a62                	lw	s4,24(sp)
80400300:	6145                	add	sp,sp,48
80400302:	8082                	ret
80400304:	4501                	li	a0,0
80400306:	8082                	ret
80400308:	0014b713          	seqz	a4,s1
8040030c:	97ba                	add	a5,a5,a4
8040030e:	20f42023          	sw	a5,512(s0)
80400312:	5d8030ef          	jal	804038ea <arch_console_rx_resume>
80400316:	bff1                	j	804002f2 <console_read+0x88>
80400318:	f8f9                	bnez	s1,804002ee <console_read+0x84>
8040031a:	5d0030ef          	jal	804038ea <arch_console_rx_resume>
8040031e:	5549                	li	a0,-14
80400320:	bfd1                	j	804002f4 <console_read+0x8a>

80400322 <console_write>:
80400322:	711d                	add	sp,sp,-96
80400324:	ce86                	sw	ra,92(sp)
80400326:	cca2                	sw	s0,88(sp)
80400328:	caa6                	sw	s1,84(sp)
8040032a:	c8ca                	sw	s2,80(sp)
8040032c:	c6ce                	sw	s3,76(sp)
8040032e:	c4d2                	sw	s4,72(sp)
80400330:	c2d6                	sw	s5,68(sp)
80400332:	c0da                	sw	s6,64(sp)
80400334:	c5b5                	beqz	a1,804003a0 <console_write+0x7e>
80400336:	8a2e                	mv	s4,a1
80400338:	8aaa                	mv	s5,a0
8040033a:	4901                	li	s2,0
8040033c:	04000b13          	li	s6,64
80400340:	412a09b3          	sub	s3,s4,s2
80400344:	013b7463          	bgeu	s6,s3,8040034c <console_write+0x2a>
80400348:	04000993          	li	s3,64
8040034c:	3fd010ef          	jal	80401f48 <myproc>
80400350:	5908                	lw	a0,48(a0)
80400352:	86ce                	mv	a3,s3
80400354:	012a8633          	add	a2,s5,s2
80400358:	858a                	mv	a1,sp
8040035a:	5f1020ef          	jal	8040314a <copyin>
8040035e:	02054163          	bltz	a0,80400380 <console_write+0x5e>
80400362:	840a                	mv	s0,sp
80400364:	013104b3          	add	s1,sp,s3
80400368:	012a0963          	beq	s4,s2,8040037a <console_write+0x58>
8040036c:	00044503          	lbu	a0,0(s0)
80400370:	0405                	add	s0,s0,1
80400372:	4f2030ef          	jal	80403864 <arch_console_putc>
80400376:	fe849be3          	bne	s1,s0,8040036c <console_write+0x4a>
8040037a:	994e                	add	s2,s2,s3
8040037c:	fd4962e3          	bltu	s2,s4,80400340 <console_write+0x1e>
80400380:	544030ef          	jal	804038c4 <arch_console_flush>
80400384:	5549                	li	a0,-14
80400386:	00090363          	beqz	s2,8040038c <console_write+0x6a>
8040038a:	854a                	mv	a0,s2
8040038c:	40f6                	lw	ra,92(sp)
8040038e:	4466                	lw	s0,88(sp)
80400390:	44d6                	lw	s1,84(sp)
80400392:	4946                	lw	s2,80(sp)
80400394:	49b6                	lw	s3,76(sp)
80400396:	4a26                	lw	s4,72(sp)
80400398:	4a96                	lw	s5,68(sp)
8040039a:	4b06                	lw	s6,64(sp)
8040039c:	6125                	add	sp,sp,96
8040039e:	8082                	ret
804003a0:	524030ef          	jal	804038c4 <arch_console_flush>
804003a4:	4501                	li	a0,0
804003a6:	b7dd                	j	8040038c <console_write+0x6a>

804003a8 <path_name>:
804003a8:	00054783          	lbu	a5,0(a0)
804003ac:	02f00713          	li	a4,47
804003b0:	00e79763          	bne	a5,a4,804003be <path_name+0x16>
804003b4:	00154783          	lbu	a5,1(a0)
804003b8:	0505                	add	a0,a0,1
804003ba:	fee78de3          	beq	a5,a4,804003b4 <path_name+0xc>
804003be:	cf95                	beqz	a5,804003fa <path_name+0x52>
804003c0:	4701                	li	a4,0
804003c2:	02f00613          	li	a2,47
804003c6:	486d                	li	a6,27
804003c8:	a819                	j	804003de <path_name+0x36>
804003ca:	03070063          	beq	a4,a6,804003ea <path_name+0x42>
804003ce:	0705                	add	a4,a4,1
804003d0:	00f68023          	sb	a5,0(a3)
804003d4:	00e507b3          	add	a5,a0,a4
804003d8:	0007c783          	lbu	a5,0(a5)
804003dc:	cb91                	beqz	a5,804003f0 <path_name+0x48>
804003de:	00e586b3          	add	a3,a1,a4
804003e2:	fec794e3          	bne	a5,a2,804003ca <path_name+0x22>
804003e6:	5579                	li	a0,-2
804003e8:	8082                	ret
804003ea:	fdc00513          	li	a0,-36
804003ee:	8082                	ret
804003f0:	95ba                	add	a1,a1,a4
804003f2:	00058023          	sb	zero,0(a1)
804003f6:	4501                	li	a0,0
804003f8:	8082                	ret
804003fa:	00058023          	sb	zero,0(a1)
804003fe:	b7e5                	j	804003e6 <path_name+0x3e>

80400400 <dir_lookup>:
80400400:	4558                	lw	a4,12(a0)
80400402:	47fd                	li	a5,31
80400404:	06e7fc63          	bgeu	a5,a4,8040047c <dir_lookup+0x7c>
80400408:	7139                	add	sp,sp,-64
8040040a:	dc22                	sw	s0,56(sp)
8040040c:	da26                	sw	s1,52(sp)
8040040e:	d84a                	sw	s2,48(sp)
80400410:	d64e                	sw	s3,44(sp)
80400412:	de06                	sw	ra,60(sp)
80400414:	84aa                	mv	s1,a0
80400416:	892e                	mv	s2,a1
80400418:	89b2                	mv	s3,a2
8040041a:	4401                	li	s0,0
8040041c:	a801                	j	8040042c <dir_lookup+0x2c>
8040041e:	44d8                	lw	a4,12(s1)
80400420:	04040793          	add	a5,s0,64
80400424:	02040413          	add	s0,s0,32
80400428:	04f76263          	bltu	a4,a5,8040046c <dir_lookup+0x6c>
8040042c:	02000713          	li	a4,32
80400430:	86a2                	mv	a3,s0
80400432:	860a                	mv	a2,sp
80400434:	4581                	li	a1,0
80400436:	8526                	mv	a0,s1
80400438:	1b0010ef          	jal	804015e8 <readi>
8040043c:	02000793          	li	a5,32
80400440:	04f51063          	bne	a0,a5,80400480 <dir_lookup+0x80>
80400444:	4502                	lw	a0,0(sp)
80400446:	6fb000ef          	jal	80401340 <inum_valid>
8040044a:	d971                	beqz	a0,8040041e <dir_lookup+0x1e>
8040044c:	4671                	li	a2,28
8040044e:	85ca                	mv	a1,s2
80400450:	0048                	add	a0,sp,4
80400452:	176020ef          	jal	804025c8 <strncmp>
80400456:	f561                	bnez	a0,8040041e <dir_lookup+0x1e>
80400458:	0089a023          	sw	s0,0(s3)
8040045c:	50f2                	lw	ra,60(sp)
8040045e:	5462                	lw	s0,56(sp)
80400460:	4502                	lw	a0,0(sp)
80400462:	54d2                	lw	s1,52(sp)
80400464:	5942                	lw	s2,48(sp)
80400466:	59b2                	lw	s3,44(sp)
80400468:	6121                	add	sp,sp,64
8040046a:	8082                	ret
8040046c:	50f2                	lw	ra,60(sp)
8040046e:	5462                	lw	s0,56(sp)
80400470:	54d2                	lw	s1,52(sp)
80400472:	5942                	lw	s2,48(sp)
80400474:	59b2                	lw	s3,44(sp)
80400476:	4501                	li	a0,0
80400478:	6121                	add	sp,sp,64
8040047a:	8082                	ret
8040047c:	4501                	li	a0,0
8040047e:	8082                	ret
80400480:	80406537          	lui	a0,0x80406
80400484:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x5a8>
80400488:	245010ef          	jal	80401ecc <panic>

8040048c <fs_open>:
8040048c:	7159                	add	sp,sp,-112
8040048e:	d0ca                	sw	s2,96(sp)
80400490:	892e                	mv	s2,a1
80400492:	084c                	add	a1,sp,20
80400494:	d2a6                	sw	s1,100(sp)
80400496:	d686                	sw	ra,108(sp)
80400498:	d4a2                	sw	s0,104(sp)
8040049a:	cece                	sw	s3,92(sp)
8040049c:	ccd2                	sw	s4,88(sp)
8040049e:	cad6                	sw	s5,84(sp)
804004a0:	84b2                	mv	s1,a2
804004a2:	3719                	jal	804003a8 <path_name>
804004a4:	00054663          	bltz	a0,804004b0 <fs_open+0x24>
804004a8:	4d9000ef          	jal	80401180 <fs_mounted>
804004ac:	e919                	bnez	a0,804004c2 <fs_open+0x36>
804004ae:	5579                	li	a0,-2
804004b0:	50b6                	lw	ra,108(sp)
804004b2:	5426                	lw	s0,104(sp)
804004b4:	5496                	lw	s1,100(sp)
804004b6:	5906                	lw	s2,96(sp)
804004b8:	49f6                	lw	s3,92(sp)
804004ba:	4a66                	lw	s4,88(sp)
804004bc:	4ad6                	lw	s5,84(sp)
804004be:	6165                	add	sp,sp,112
804004c0:	8082                	ret
804004c2:	4c9000ef          	jal	8040118a <fs_root>
804004c6:	0070                	add	a2,sp,12
804004c8:	084c                	add	a1,sp,20
804004ca:	89aa                	mv	s3,a0
804004cc:	3f15                	jal	80400400 <dir_lookup>
804004ce:	842a                	mv	s0,a0
804004d0:	ed35                	bnez	a0,8040054c <fs_open+0xc0>
804004d2:	04097793          	and	a5,s2,64
804004d6:	dfe1                	beqz	a5,804004ae <fs_open+0x22>
804004d8:	080c                	add	a1,sp,16
804004da:	4505                	li	a0,1
804004dc:	731000ef          	jal	8040140c <ialloc>
804004e0:	fc0548e3          	bltz	a0,804004b0 <fs_open+0x24>
804004e4:	47c2                	lw	a5,16(sp)
804004e6:	0007aa83          	lw	s5,0(a5)
804004ea:	a839                	j	80400508 <fs_open+0x7c>
804004ec:	02000713          	li	a4,32
804004f0:	86d2                	mv	a3,s4
804004f2:	1810                	add	a2,sp,48
804004f4:	4581                	li	a1,0
804004f6:	854e                	mv	a0,s3
804004f8:	0f0010ef          	jal	804015e8 <readi>
804004fc:	02000793          	li	a5,32
80400500:	08f51863          	bne	a0,a5,80400590 <fs_open+0x104>
80400504:	57c2                	lw	a5,48(sp)
80400506:	cb81                	beqz	a5,80400516 <fs_open+0x8a>
80400508:	00c9a783          	lw	a5,12(s3)
8040050c:	8a22                	mv	s4,s0
8040050e:	02040413          	add	s0,s0,32
80400512:	fc87fde3          	bgeu	a5,s0,804004ec <fs_open+0x60>
80400516:	02000613          	li	a2,32
8040051a:	4581                	li	a1,0
8040051c:	1808                	add	a0,sp,48
8040051e:	7ef010ef          	jal	8040250c <memset>
80400522:	4671                	li	a2,28
80400524:	084c                	add	a1,sp,20
80400526:	1848                	add	a0,sp,52
80400528:	d856                	sw	s5,48(sp)
8040052a:	0fa020ef          	jal	80402624 <strlcpy_k>
8040052e:	02000713          	li	a4,32
80400532:	86d2                	mv	a3,s4
80400534:	1810                	add	a2,sp,48
80400536:	4581                	li	a1,0
80400538:	854e                	mv	a0,s3
8040053a:	182010ef          	jal	804016bc <writei>
8040053e:	02000793          	li	a5,32
80400542:	02f51c63          	bne	a0,a5,8040057a <fs_open+0xee>
80400546:	4542                	lw	a0,16(sp)
80400548:	c088                	sw	a0,0(s1)
8040054a:	a029                	j	80400554 <fs_open+0xc8>
8040054c:	609000ef          	jal	80401354 <iget>
80400550:	c088                	sw	a0,0(s1)
80400552:	c115                	beqz	a0,80400576 <fs_open+0xea>
80400554:	00855703          	lhu	a4,8(a0)
80400558:	4785                	li	a5,1
8040055a:	02f71763          	bne	a4,a5,80400588 <fs_open+0xfc>
8040055e:	20097793          	and	a5,s2,512
80400562:	c781                	beqz	a5,8040056a <fs_open+0xde>
80400564:	00397793          	and	a5,s2,3
80400568:	e399                	bnez	a5,8040056e <fs_open+0xe2>
8040056a:	4501                	li	a0,0
8040056c:	b791                	j	804004b0 <fs_open+0x24>
8040056e:	793000ef          	jal	80401500 <itrunc>
80400572:	4501                	li	a0,0
80400574:	bf35                	j	804004b0 <fs_open+0x24>
80400576:	5521                	li	a0,-24
80400578:	bf25                	j	804004b0 <fs_open+0x24>
8040057a:	4542                	lw	a0,16(sp)
8040057c:	00051523          	sh	zero,10(a0)
80400580:	725000ef          	jal	804014a4 <iput>
80400584:	5511                	li	a0,-28
80400586:	b72d                	j	804004b0 <fs_open+0x24>
80400588:	71d000ef          	jal	804014a4 <iput>
8040058c:	552d                	li	a0,-21
8040058e:	b70d                	j	804004b0 <fs_open+0x24>
80400590:	80406537          	lui	a0,0x80406
80400594:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x5a8>
80400598:	135010ef          	jal	80401ecc <panic>

8040059c <fs_lookup>:
8040059c:	7179                	add	sp,sp,-48
8040059e:	d422                	sw	s0,40(sp)
804005a0:	842e                	mv	s0,a1
804005a2:	004c                	add	a1,sp,4
804005a4:	d606                	sw	ra,44(sp)
804005a6:	3509                	jal	804003a8 <path_name>
804005a8:	87aa                	mv	a5,a0
804005aa:	00054663          	bltz	a0,804005b6 <fs_lookup+0x1a>
804005ae:	3d3000ef          	jal	80401180 <fs_mounted>
804005b2:	e519                	bnez	a0,804005c0 <fs_lookup+0x24>
804005b4:	57f9                	li	a5,-2
804005b6:	50b2                	lw	ra,44(sp)
804005b8:	5422                	lw	s0,40(sp)
804005ba:	853e                	mv	a0,a5
804005bc:	6145                	add	sp,sp,48
804005be:	8082                	ret
804005c0:	3cb000ef          	jal	8040118a <fs_root>
804005c4:	860a                	mv	a2,sp
804005c6:	004c                	add	a1,sp,4
804005c8:	3d25                	jal	80400400 <dir_lookup>
804005ca:	d56d                	beqz	a0,804005b4 <fs_lookup+0x18>
804005cc:	589000ef          	jal	80401354 <iget>
804005d0:	c008                	sw	a0,0(s0)
804005d2:	c919                	beqz	a0,804005e8 <fs_lookup+0x4c>
804005d4:	00855683          	lhu	a3,8(a0)
804005d8:	4705                	li	a4,1
804005da:	4781                	li	a5,0
804005dc:	fce68de3          	beq	a3,a4,804005b6 <fs_lookup+0x1a>
804005e0:	6c5000ef          	jal	804014a4 <iput>
804005e4:	57ad                	li	a5,-21
804005e6:	bfc1                	j	804005b6 <fs_lookup+0x1a>
804005e8:	57a1                	li	a5,-24
804005ea:	b7f1                	j	804005b6 <fs_lookup+0x1a>

804005ec <fs_unlink>:
804005ec:	715d                	add	sp,sp,-80
804005ee:	004c                	add	a1,sp,4
804005f0:	c4a2                	sw	s0,72(sp)
804005f2:	c686                	sw	ra,76(sp)
804005f4:	c2a6                	sw	s1,68(sp)
804005f6:	c0ca                	sw	s2,64(sp)
804005f8:	3b45                	jal	804003a8 <path_name>
804005fa:	842a                	mv	s0,a0
804005fc:	00054663          	bltz	a0,80400608 <fs_unlink+0x1c>
80400600:	381000ef          	jal	80401180 <fs_mounted>
80400604:	e909                	bnez	a0,80400616 <fs_unlink+0x2a>
80400606:	5479                	li	s0,-2
80400608:	40b6                	lw	ra,76(sp)
8040060a:	8522                	mv	a0,s0
8040060c:	4426                	lw	s0,72(sp)
8040060e:	4496                	lw	s1,68(sp)
80400610:	4906                	lw	s2,64(sp)
80400612:	6161                	add	sp,sp,80
80400614:	8082                	ret
80400616:	375000ef          	jal	8040118a <fs_root>
8040061a:	860a                	mv	a2,sp
8040061c:	004c                	add	a1,sp,4
8040061e:	84aa                	mv	s1,a0
80400620:	33c5                	jal	80400400 <dir_lookup>
80400622:	d175                	beqz	a0,80400606 <fs_unlink+0x1a>
80400624:	531000ef          	jal	80401354 <iget>
80400628:	892a                	mv	s2,a0
8040062a:	c10d                	beqz	a0,8040064c <fs_unlink+0x60>
8040062c:	00855703          	lhu	a4,8(a0)
80400630:	4785                	li	a5,1
80400632:	00f70f63          	beq	a4,a5,80400650 <fs_unlink+0x64>
80400636:	542d                	li	s0,-21
80400638:	854a                	mv	a0,s2
8040063a:	66b000ef          	jal	804014a4 <iput>
8040063e:	40b6                	lw	ra,76(sp)
80400640:	8522                	mv	a0,s0
80400642:	4426                	lw	s0,72(sp)
80400644:	4496                	lw	s1,68(sp)
80400646:	4906                	lw	s2,64(sp)
80400648:	6161                	add	sp,sp,80
8040064a:	8082                	ret
8040064c:	5421                	li	s0,-24
8040064e:	bf6d                	j	80400608 <fs_unlink+0x1c>
80400650:	02000613          	li	a2,32
80400654:	4581                	li	a1,0
80400656:	1008                	add	a0,sp,32
80400658:	6b5010ef          	jal	8040250c <memset>
8040065c:	4682                	lw	a3,0(sp)
8040065e:	02000713          	li	a4,32
80400662:	1010                	add	a2,sp,32
80400664:	4581                	li	a1,0
80400666:	8526                	mv	a0,s1
80400668:	054010ef          	jal	804016bc <writei>
8040066c:	00a95783          	lhu	a5,10(s2)
80400670:	854a                	mv	a0,s2
80400672:	17fd                	add	a5,a5,-1
80400674:	00f91523          	sh	a5,10(s2)
80400678:	31d000ef          	jal	80401194 <iupdate>
8040067c:	bf75                	j	80400638 <fs_unlink+0x4c>

8040067e <fs_readdir>:
8040067e:	715d                	add	sp,sp,-80
80400680:	c0ca                	sw	s2,64(sp)
80400682:	de4e                	sw	s3,60(sp)
80400684:	da56                	sw	s5,52(sp)
80400686:	c686                	sw	ra,76(sp)
80400688:	c4a2                	sw	s0,72(sp)
8040068a:	c2a6                	sw	s1,68(sp)
8040068c:	dc52                	sw	s4,56(sp)
8040068e:	89aa                	mv	s3,a0
80400690:	8aae                	mv	s5,a1
80400692:	8932                	mv	s2,a2
80400694:	2ed000ef          	jal	80401180 <fs_mounted>
80400698:	c925                	beqz	a0,80400708 <fs_readdir+0x8a>
8040069a:	2f1000ef          	jal	8040118a <fs_root>
8040069e:	4558                	lw	a4,12(a0)
804006a0:	47fd                	li	a5,31
804006a2:	84aa                	mv	s1,a0
804006a4:	06e7f263          	bgeu	a5,a4,80400708 <fs_readdir+0x8a>
804006a8:	4401                	li	s0,0
804006aa:	4a05                	li	s4,1
804006ac:	a801                	j	804006bc <fs_readdir+0x3e>
804006ae:	44d8                	lw	a4,12(s1)
804006b0:	04040793          	add	a5,s0,64
804006b4:	02040413          	add	s0,s0,32
804006b8:	04f76863          	bltu	a4,a5,80400708 <fs_readdir+0x8a>
804006bc:	02000713          	li	a4,32
804006c0:	86a2                	mv	a3,s0
804006c2:	0810                	add	a2,sp,16
804006c4:	4581                	li	a1,0
804006c6:	8526                	mv	a0,s1
804006c8:	721000ef          	jal	804015e8 <readi>
804006cc:	02000793          	li	a5,32
804006d0:	04f51f63          	bne	a0,a5,8040072e <fs_readdir+0xb0>
804006d4:	4542                	lw	a0,16(sp)
804006d6:	46b000ef          	jal	80401340 <inum_valid>
804006da:	d971                	beqz	a0,804006ae <fs_readdir+0x30>
804006dc:	4542                	lw	a0,16(sp)
804006de:	864a                	mv	a2,s2
804006e0:	00e10593          	add	a1,sp,14
804006e4:	495000ef          	jal	80401378 <istat>
804006e8:	00e15783          	lhu	a5,14(sp)
804006ec:	fd4791e3          	bne	a5,s4,804006ae <fs_readdir+0x30>
804006f0:	fff98793          	add	a5,s3,-1
804006f4:	02098463          	beqz	s3,8040071c <fs_readdir+0x9e>
804006f8:	44d8                	lw	a4,12(s1)
804006fa:	89be                	mv	s3,a5
804006fc:	04040793          	add	a5,s0,64
80400700:	02040413          	add	s0,s0,32
80400704:	faf77ce3          	bgeu	a4,a5,804006bc <fs_readdir+0x3e>
80400708:	5579                	li	a0,-2
8040070a:	40b6                	lw	ra,76(sp)
8040070c:	4426                	lw	s0,72(sp)
8040070e:	4496                	lw	s1,68(sp)
80400710:	4906                	lw	s2,64(sp)
80400712:	59f2                	lw	s3,60(sp)
80400714:	5a62                	lw	s4,56(sp)
80400716:	5ad2                	lw	s5,52(sp)
80400718:	6161                	add	sp,sp,80
8040071a:	8082                	ret
8040071c:	466d                	li	a2,27
8040071e:	084c                	add	a1,sp,20
80400720:	8556                	mv	a0,s5
80400722:	62d010ef          	jal	8040254e <memcpy>
80400726:	4501                	li	a0,0
80400728:	000a8da3          	sb	zero,27(s5)
8040072c:	bff9                	j	8040070a <fs_readdir+0x8c>
8040072e:	80406537          	lui	a0,0x80406
80400732:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x5a8>
80400736:	796010ef          	jal	80401ecc <panic>

8040073a <image_read>:
8040073a:	4518                	lw	a4,8(a0)
8040073c:	04b76763          	bltu	a4,a1,8040078a <image_read+0x50>
80400740:	1141                	add	sp,sp,-16
80400742:	c422                	sw	s0,8(sp)
80400744:	c606                	sw	ra,12(sp)
80400746:	8f0d                	sub	a4,a4,a1
80400748:	8436                	mv	s0,a3
8040074a:	04d76263          	bltu	a4,a3,8040078e <image_read+0x54>
8040074e:	00052803          	lw	a6,0(a0)
80400752:	87aa                	mv	a5,a0
80400754:	02080063          	beqz	a6,80400774 <image_read+0x3a>
80400758:	8736                	mv	a4,a3
8040075a:	8542                	mv	a0,a6
8040075c:	86ae                	mv	a3,a1
8040075e:	4581                	li	a1,0
80400760:	689000ef          	jal	804015e8 <readi>
80400764:	87aa                	mv	a5,a0
80400766:	556d                	li	a0,-5
80400768:	00878c63          	beq	a5,s0,80400780 <image_read+0x46>
8040076c:	40b2                	lw	ra,12(sp)
8040076e:	4422                	lw	s0,8(sp)
80400770:	0141                	add	sp,sp,16
80400772:	8082                	ret
80400774:	43dc                	lw	a5,4(a5)
80400776:	8532                	mv	a0,a2
80400778:	8636                	mv	a2,a3
8040077a:	95be                	add	a1,a1,a5
8040077c:	5d3010ef          	jal	8040254e <memcpy>
80400780:	40b2                	lw	ra,12(sp)
80400782:	4422                	lw	s0,8(sp)
80400784:	4501                	li	a0,0
80400786:	0141                	add	sp,sp,16
80400788:	8082                	ret
8040078a:	5561                	li	a0,-8
8040078c:	8082                	ret
8040078e:	5561                	li	a0,-8
80400790:	bff1                	j	8040076c <image_read+0x32>

80400792 <proc_spawn>:
80400792:	7111                	add	sp,sp,-256
80400794:	dba6                	sw	s1,244(sp)
80400796:	d9ca                	sw	s2,240(sp)
80400798:	d5d2                	sw	s4,232(sp)
8040079a:	84aa                	mv	s1,a0
8040079c:	892e                	mv	s2,a1
8040079e:	8a32                	mv	s4,a2
804007a0:	4581                	li	a1,0
804007a2:	4631                	li	a2,12
804007a4:	0808                	add	a0,sp,16
804007a6:	df86                	sw	ra,252(sp)
804007a8:	dda2                	sw	s0,248(sp)
804007aa:	d7ce                	sw	s3,236(sp)
804007ac:	d3d6                	sw	s5,228(sp)
804007ae:	d1da                	sw	s6,224(sp)
804007b0:	cfde                	sw	s7,220(sp)
804007b2:	cde2                	sw	s8,216(sp)
804007b4:	cbe6                	sw	s9,212(sp)
804007b6:	c9ea                	sw	s10,208(sp)
804007b8:	c7ee                	sw	s11,204(sp)
804007ba:	553010ef          	jal	8040250c <memset>
804007be:	1c3000ef          	jal	80401180 <fs_mounted>
804007c2:	e949                	bnez	a0,80400854 <proc_spawn+0xc2>
804007c4:	0004c683          	lbu	a3,0(s1)
804007c8:	02f00793          	li	a5,47
804007cc:	8526                	mv	a0,s1
804007ce:	02f00713          	li	a4,47
804007d2:	00f69763          	bne	a3,a5,804007e0 <proc_spawn+0x4e>
804007d6:	00154783          	lbu	a5,1(a0)
804007da:	0505                	add	a0,a0,1
804007dc:	fee78de3          	beq	a5,a4,804007d6 <proc_spawn+0x44>
804007e0:	4b1010ef          	jal	80402490 <program_find>
804007e4:	2e050763          	beqz	a0,80400ad2 <proc_spawn+0x340>
804007e8:	4158                	lw	a4,4(a0)
804007ea:	451c                	lw	a5,8(a0)
804007ec:	ca3a                	sw	a4,20(sp)
804007ee:	8f99                	sub	a5,a5,a4
804007f0:	cc3e                	sw	a5,24(sp)
804007f2:	760010ef          	jal	80401f52 <proc_alloc>
804007f6:	89aa                	mv	s3,a0
804007f8:	c90d                	beqz	a0,8040082a <proc_spawn+0x98>
804007fa:	03400693          	li	a3,52
804007fe:	1870                	add	a2,sp,60
80400800:	4581                	li	a1,0
80400802:	0808                	add	a0,sp,16
80400804:	3f1d                	jal	8040073a <image_read>
80400806:	00054963          	bltz	a0,80400818 <proc_spawn+0x86>
8040080a:	5772                	lw	a4,60(sp)
8040080c:	464c47b7          	lui	a5,0x464c4
80400810:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
80400814:	04f70863          	beq	a4,a5,80400864 <proc_spawn+0xd2>
80400818:	5461                	li	s0,-8
8040081a:	4542                	lw	a0,16(sp)
8040081c:	c119                	beqz	a0,80400822 <proc_spawn+0x90>
8040081e:	487000ef          	jal	804014a4 <iput>
80400822:	854e                	mv	a0,s3
80400824:	00d010ef          	jal	80402030 <proc_free>
80400828:	a031                	j	80400834 <proc_spawn+0xa2>
8040082a:	4542                	lw	a0,16(sp)
8040082c:	c119                	beqz	a0,80400832 <proc_spawn+0xa0>
8040082e:	477000ef          	jal	804014a4 <iput>
80400832:	5455                	li	s0,-11
80400834:	50fe                	lw	ra,252(sp)
80400836:	8522                	mv	a0,s0
80400838:	546e                	lw	s0,248(sp)
8040083a:	54de                	lw	s1,244(sp)
8040083c:	594e                	lw	s2,240(sp)
8040083e:	59be                	lw	s3,236(sp)
80400840:	5a2e                	lw	s4,232(sp)
80400842:	5a9e                	lw	s5,228(sp)
80400844:	5b0e                	lw	s6,224(sp)
80400846:	4bfe                	lw	s7,220(sp)
80400848:	4c6e                	lw	s8,216(sp)
8040084a:	4cde                	lw	s9,212(sp)
8040084c:	4d4e                	lw	s10,208(sp)
8040084e:	4dbe                	lw	s11,204(sp)
80400850:	6111                	add	sp,sp,256
80400852:	8082                	ret
80400854:	186c                	add	a1,sp,60
80400856:	8526                	mv	a0,s1
80400858:	3391                	jal	8040059c <fs_lookup>
8040085a:	f52d                	bnez	a0,804007c4 <proc_spawn+0x32>
8040085c:	5772                	lw	a4,60(sp)
8040085e:	475c                	lw	a5,12(a4)
80400860:	c83a                	sw	a4,16(sp)
80400862:	b779                	j	804007f0 <proc_spawn+0x5e>
80400864:	04015703          	lhu	a4,64(sp)
80400868:	10100793          	li	a5,257
8040086c:	faf716e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400870:	4736                	lw	a4,76(sp)
80400872:	00f307b7          	lui	a5,0xf30
80400876:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80400878:	faf710e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
8040087c:	06615703          	lhu	a4,102(sp)
80400880:	02000793          	li	a5,32
80400884:	f8f71ae3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400888:	06815783          	lhu	a5,104(sp)
8040088c:	473d                	li	a4,15
8040088e:	17fd                	add	a5,a5,-1
80400890:	07c2                	sll	a5,a5,0x10
80400892:	83c1                	srl	a5,a5,0x10
80400894:	f8f762e3          	bltu	a4,a5,80400818 <proc_spawn+0x86>
80400898:	45e6                	lw	a1,88(sp)
8040089a:	47e2                	lw	a5,24(sp)
8040089c:	f6b7eee3          	bltu	a5,a1,80400818 <proc_spawn+0x86>
804008a0:	c602                	sw	zero,12(sp)
804008a2:	4b81                	li	s7,0
804008a4:	4a85                	li	s5,1
804008a6:	a811                	j	804008ba <proc_spawn+0x128>
804008a8:	47f2                	lw	a5,28(sp)
804008aa:	0d578763          	beq	a5,s5,80400978 <proc_spawn+0x1e6>
804008ae:	06815783          	lhu	a5,104(sp)
804008b2:	0b85                	add	s7,s7,1
804008b4:	02fbf463          	bgeu	s7,a5,804008dc <proc_spawn+0x14a>
804008b8:	45e6                	lw	a1,88(sp)
804008ba:	005b9793          	sll	a5,s7,0x5
804008be:	02000693          	li	a3,32
804008c2:	0870                	add	a2,sp,28
804008c4:	95be                	add	a1,a1,a5
804008c6:	0808                	add	a0,sp,16
804008c8:	3d8d                	jal	8040073a <image_read>
804008ca:	842a                	mv	s0,a0
804008cc:	dd71                	beqz	a0,804008a8 <proc_spawn+0x116>
804008ce:	f40446e3          	bltz	s0,8040081a <proc_spawn+0x88>
804008d2:	06815783          	lhu	a5,104(sp)
804008d6:	0b85                	add	s7,s7,1
804008d8:	fefbe0e3          	bltu	s7,a5,804008b8 <proc_spawn+0x126>
804008dc:	47b2                	lw	a5,12(sp)
804008de:	df8d                	beqz	a5,80400818 <proc_spawn+0x86>
804008e0:	45d6                	lw	a1,84(sp)
804008e2:	0309a503          	lw	a0,48(s3)
804008e6:	4621                	li	a2,8
804008e8:	7f8020ef          	jal	804030e0 <uvm_kva>
804008ec:	1e050563          	beqz	a0,80400ad6 <proc_spawn+0x344>
804008f0:	4732                	lw	a4,12(sp)
804008f2:	6785                	lui	a5,0x1
804008f4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804008f6:	00f70bb3          	add	s7,a4,a5
804008fa:	0309a503          	lw	a0,48(s3)
804008fe:	77fd                	lui	a5,0xfffff
80400900:	00fbfbb3          	and	s7,s7,a5
80400904:	0379ac23          	sw	s7,56(s3)
80400908:	0379aa23          	sw	s7,52(s3)
8040090c:	4699                	li	a3,6
8040090e:	6641                	lui	a2,0x10
80400910:	0bfe05b7          	lui	a1,0xbfe0
80400914:	4bd6                	lw	s7,84(sp)
80400916:	620020ef          	jal	80402f36 <uvm_alloc>
8040091a:	8b2a                	mv	s6,a0
8040091c:	10051c63          	bnez	a0,80400a34 <proc_spawn+0x2a2>
80400920:	03c10c13          	add	s8,sp,60
80400924:	0bff0ab7          	lui	s5,0xbff0
80400928:	02000d13          	li	s10,32
8040092c:	f401fcb7          	lui	s9,0xf401f
80400930:	a00d                	j	80400952 <proc_spawn+0x1c0>
80400932:	02a7ee63          	bltu	a5,a0,8040096e <proc_spawn+0x1dc>
80400936:	00092603          	lw	a2,0(s2)
8040093a:	0309a503          	lw	a0,48(s3)
8040093e:	0b05                	add	s6,s6,1
80400940:	0911                	add	s2,s2,4
80400942:	0bf020ef          	jal	80403200 <copyout>
80400946:	015c2023          	sw	s5,0(s8)
8040094a:	842a                	mv	s0,a0
8040094c:	0c11                	add	s8,s8,4
8040094e:	0e051763          	bnez	a0,80400a3c <proc_spawn+0x2aa>
80400952:	00092503          	lw	a0,0(s2)
80400956:	c56d                	beqz	a0,80400a40 <proc_spawn+0x2ae>
80400958:	457010ef          	jal	804025ae <strlen>
8040095c:	0505                	add	a0,a0,1
8040095e:	019a87b3          	add	a5,s5,s9
80400962:	40aa8ab3          	sub	s5,s5,a0
80400966:	86aa                	mv	a3,a0
80400968:	85d6                	mv	a1,s5
8040096a:	fdab14e3          	bne	s6,s10,80400932 <proc_spawn+0x1a0>
8040096e:	4542                	lw	a0,16(sp)
80400970:	16051963          	bnez	a0,80400ae2 <proc_spawn+0x350>
80400974:	5429                	li	s0,-22
80400976:	b575                	j	80400822 <proc_spawn+0x90>
80400978:	57c2                	lw	a5,48(sp)
8040097a:	db95                	beqz	a5,804008ae <proc_spawn+0x11c>
8040097c:	56b2                	lw	a3,44(sp)
8040097e:	0309ab03          	lw	s6,48(s3)
80400982:	e8d7ebe3          	bltu	a5,a3,80400818 <proc_spawn+0x86>
80400986:	5592                	lw	a1,36(sp)
80400988:	787d                	lui	a6,0xfffff
8040098a:	0bfde6b7          	lui	a3,0xbfde
8040098e:	01058633          	add	a2,a1,a6
80400992:	e8c6e3e3          	bltu	a3,a2,80400818 <proc_spawn+0x86>
80400996:	0bfdf6b7          	lui	a3,0xbfdf
8040099a:	8e8d                	sub	a3,a3,a1
8040099c:	e6f6eee3          	bltu	a3,a5,80400818 <proc_spawn+0x86>
804009a0:	5552                	lw	a0,52(sp)
804009a2:	00b78633          	add	a2,a5,a1
804009a6:	6785                	lui	a5,0x1
804009a8:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804009aa:	963e                	add	a2,a2,a5
804009ac:	00155693          	srl	a3,a0,0x1
804009b0:	00351793          	sll	a5,a0,0x3
804009b4:	0105f5b3          	and	a1,a1,a6
804009b8:	01067633          	and	a2,a2,a6
804009bc:	8a89                	and	a3,a3,2
804009be:	8ba1                	and	a5,a5,8
804009c0:	8909                	and	a0,a0,2
804009c2:	8e0d                	sub	a2,a2,a1
804009c4:	8edd                	or	a3,a3,a5
804009c6:	c12d                	beqz	a0,80400a28 <proc_spawn+0x296>
804009c8:	0066e693          	or	a3,a3,6
804009cc:	855a                	mv	a0,s6
804009ce:	568020ef          	jal	80402f36 <uvm_alloc>
804009d2:	6c05                	lui	s8,0x1
804009d4:	842a                	mv	s0,a0
804009d6:	4d01                	li	s10,0
804009d8:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009dc:	cd19                	beqz	a0,804009fa <proc_spawn+0x268>
804009de:	a8c5                	j	80400ace <proc_spawn+0x33c>
804009e0:	01b7f363          	bgeu	a5,s11,804009e6 <proc_spawn+0x254>
804009e4:	8dbe                	mv	s11,a5
804009e6:	6fa020ef          	jal	804030e0 <uvm_kva>
804009ea:	5582                	lw	a1,32(sp)
804009ec:	862a                	mv	a2,a0
804009ee:	86ee                	mv	a3,s11
804009f0:	95ea                	add	a1,a1,s10
804009f2:	0808                	add	a0,sp,16
804009f4:	3399                	jal	8040073a <image_read>
804009f6:	9d6e                	add	s10,s10,s11
804009f8:	e91d                	bnez	a0,80400a2e <proc_spawn+0x29c>
804009fa:	5812                	lw	a6,36(sp)
804009fc:	56b2                	lw	a3,44(sp)
804009fe:	4601                	li	a2,0
80400a00:	010d05b3          	add	a1,s10,a6
80400a04:	0195f7b3          	and	a5,a1,s9
80400a08:	855a                	mv	a0,s6
80400a0a:	41a68db3          	sub	s11,a3,s10
80400a0e:	40fc07b3          	sub	a5,s8,a5
80400a12:	fcdd67e3          	bltu	s10,a3,804009e0 <proc_spawn+0x24e>
80400a16:	57c2                	lw	a5,48(sp)
80400a18:	983e                	add	a6,a6,a5
80400a1a:	47b2                	lw	a5,12(sp)
80400a1c:	eb07f9e3          	bgeu	a5,a6,804008ce <proc_spawn+0x13c>
80400a20:	c642                	sw	a6,12(sp)
80400a22:	ea0458e3          	bgez	s0,804008d2 <proc_spawn+0x140>
80400a26:	bbd5                	j	8040081a <proc_spawn+0x88>
80400a28:	f2d5                	bnez	a3,804009cc <proc_spawn+0x23a>
80400a2a:	4689                	li	a3,2
80400a2c:	b745                	j	804009cc <proc_spawn+0x23a>
80400a2e:	5812                	lw	a6,36(sp)
80400a30:	842a                	mv	s0,a0
80400a32:	b7d5                	j	80400a16 <proc_spawn+0x284>
80400a34:	842a                	mv	s0,a0
80400a36:	0bff0ab7          	lui	s5,0xbff0
80400a3a:	4b01                	li	s6,0
80400a3c:	dc044fe3          	bltz	s0,8040081a <proc_spawn+0x88>
80400a40:	001b0693          	add	a3,s6,1
80400a44:	002b1713          	sll	a4,s6,0x2
80400a48:	0409a783          	lw	a5,64(s3)
80400a4c:	068a                	sll	a3,a3,0x2
80400a4e:	0810                	add	a2,sp,16
80400a50:	0b070713          	add	a4,a4,176
80400a54:	0309a503          	lw	a0,48(s3)
80400a58:	9732                	add	a4,a4,a2
80400a5a:	40da85b3          	sub	a1,s5,a3
80400a5e:	f6072e23          	sw	zero,-132(a4)
80400a62:	99c1                	and	a1,a1,-16
80400a64:	0367a423          	sw	s6,40(a5)
80400a68:	d7cc                	sw	a1,44(a5)
80400a6a:	c78c                	sw	a1,8(a5)
80400a6c:	1870                	add	a2,sp,60
80400a6e:	792020ef          	jal	80403200 <copyout>
80400a72:	842a                	mv	s0,a0
80400a74:	4542                	lw	a0,16(sp)
80400a76:	c119                	beqz	a0,80400a7c <proc_spawn+0x2ea>
80400a78:	22d000ef          	jal	804014a4 <iput>
80400a7c:	da0443e3          	bltz	s0,80400822 <proc_spawn+0x90>
80400a80:	0409a783          	lw	a5,64(s3)
80400a84:	85a6                	mv	a1,s1
80400a86:	0977a023          	sw	s7,128(a5)
80400a8a:	0004c703          	lbu	a4,0(s1)
80400a8e:	c31d                	beqz	a4,80400ab4 <proc_spawn+0x322>
80400a90:	02f00693          	li	a3,47
80400a94:	0014c783          	lbu	a5,1(s1)
80400a98:	0485                	add	s1,s1,1
80400a9a:	00d70963          	beq	a4,a3,80400aac <proc_spawn+0x31a>
80400a9e:	cb99                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aa0:	873e                	mv	a4,a5
80400aa2:	0014c783          	lbu	a5,1(s1)
80400aa6:	0485                	add	s1,s1,1
80400aa8:	fed71be3          	bne	a4,a3,80400a9e <proc_spawn+0x30c>
80400aac:	c781                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aae:	85a6                	mv	a1,s1
80400ab0:	873e                	mv	a4,a5
80400ab2:	bfc5                	j	80400aa2 <proc_spawn+0x310>
80400ab4:	4641                	li	a2,16
80400ab6:	00c98513          	add	a0,s3,12
80400aba:	36b010ef          	jal	80402624 <strlcpy_k>
80400abe:	4789                	li	a5,2
80400ac0:	0049a403          	lw	s0,4(s3)
80400ac4:	0149a423          	sw	s4,8(s3)
80400ac8:	00f9a023          	sw	a5,0(s3)
80400acc:	b3a5                	j	80400834 <proc_spawn+0xa2>
80400ace:	5812                	lw	a6,36(sp)
80400ad0:	b799                	j	80400a16 <proc_spawn+0x284>
80400ad2:	5479                	li	s0,-2
80400ad4:	b385                	j	80400834 <proc_spawn+0xa2>
80400ad6:	4542                	lw	a0,16(sp)
80400ad8:	c119                	beqz	a0,80400ade <proc_spawn+0x34c>
80400ada:	1cb000ef          	jal	804014a4 <iput>
80400ade:	5461                	li	s0,-8
80400ae0:	b389                	j	80400822 <proc_spawn+0x90>
80400ae2:	1c3000ef          	jal	804014a4 <iput>
80400ae6:	5429                	li	s0,-22
80400ae8:	bb2d                	j	80400822 <proc_spawn+0x90>

80400aea <file_console>:
80400aea:	80429537          	lui	a0,0x80429
80400aee:	00050513          	mv	a0,a0
80400af2:	8082                	ret

80400af4 <file_alloc>:
80400af4:	1141                	add	sp,sp,-16
80400af6:	8046f7b7          	lui	a5,0x8046f
80400afa:	c606                	sw	ra,12(sp)
80400afc:	c422                	sw	s0,8(sp)
80400afe:	8d478793          	add	a5,a5,-1836 # 8046e8d4 <files+0x4>
80400b02:	4701                	li	a4,0
80400b04:	08000613          	li	a2,128
80400b08:	a021                	j	80400b10 <file_alloc+0x1c>
80400b0a:	0705                	add	a4,a4,1
80400b0c:	02c70a63          	beq	a4,a2,80400b40 <file_alloc+0x4c>
80400b10:	4394                	lw	a3,0(a5)
80400b12:	07f1                	add	a5,a5,28
80400b14:	fafd                	bnez	a3,80400b0a <file_alloc+0x16>
80400b16:	00371413          	sll	s0,a4,0x3
80400b1a:	8c19                	sub	s0,s0,a4
80400b1c:	8046f7b7          	lui	a5,0x8046f
80400b20:	8d078793          	add	a5,a5,-1840 # 8046e8d0 <files>
80400b24:	040a                	sll	s0,s0,0x2
80400b26:	943e                	add	s0,s0,a5
80400b28:	8522                	mv	a0,s0
80400b2a:	4671                	li	a2,28
80400b2c:	4581                	li	a1,0
80400b2e:	1df010ef          	jal	8040250c <memset>
80400b32:	4785                	li	a5,1
80400b34:	40b2                	lw	ra,12(sp)
80400b36:	c05c                	sw	a5,4(s0)
80400b38:	8522                	mv	a0,s0
80400b3a:	4422                	lw	s0,8(sp)
80400b3c:	0141                	add	sp,sp,16
80400b3e:	8082                	ret
80400b40:	4401                	li	s0,0
80400b42:	40b2                	lw	ra,12(sp)
80400b44:	8522                	mv	a0,s0
80400b46:	4422                	lw	s0,8(sp)
80400b48:	0141                	add	sp,sp,16
80400b4a:	8082                	ret

80400b4c <file_dup>:
80400b4c:	4158                	lw	a4,4(a0)
80400b4e:	0705                	add	a4,a4,1
80400b50:	c158                	sw	a4,4(a0)
80400b52:	8082                	ret

80400b54 <file_close>:
80400b54:	415c                	lw	a5,4(a0)
80400b56:	1141                	add	sp,sp,-16
80400b58:	c606                	sw	ra,12(sp)
80400b5a:	c422                	sw	s0,8(sp)
80400b5c:	02f05c63          	blez	a5,80400b94 <file_close+0x40>
80400b60:	17fd                	add	a5,a5,-1
80400b62:	c15c                	sw	a5,4(a0)
80400b64:	842a                	mv	s0,a0
80400b66:	ef89                	bnez	a5,80400b80 <file_close+0x2c>
80400b68:	804297b7          	lui	a5,0x80429
80400b6c:	00078793          	mv	a5,a5
80400b70:	00f50863          	beq	a0,a5,80400b80 <file_close+0x2c>
80400b74:	4118                	lw	a4,0(a0)
80400b76:	4789                	li	a5,2
80400b78:	00f70863          	beq	a4,a5,80400b88 <file_close+0x34>
80400b7c:	00042023          	sw	zero,0(s0)
80400b80:	40b2                	lw	ra,12(sp)
80400b82:	4422                	lw	s0,8(sp)
80400b84:	0141                	add	sp,sp,16
80400b86:	8082                	ret
80400b88:	4948                	lw	a0,20(a0)
80400b8a:	11b000ef          	jal	804014a4 <iput>
80400b8e:	e10ff0ef          	jal	8040019e <bio_flush>
80400b92:	b7ed                	j	80400b7c <file_close+0x28>
80400b94:	80406537          	lui	a0,0x80406
80400b98:	05850513          	add	a0,a0,88 # 80406058 <__udivdi3+0x5c8>
80400b9c:	330010ef          	jal	80401ecc <panic>

80400ba0 <file_read>:
80400ba0:	4514                	lw	a3,8(a0)
80400ba2:	c2a9                	beqz	a3,80400be4 <file_read+0x44>
80400ba4:	8732                	mv	a4,a2
80400ba6:	4110                	lw	a2,0(a0)
80400ba8:	1141                	add	sp,sp,-16
80400baa:	c422                	sw	s0,8(sp)
80400bac:	c606                	sw	ra,12(sp)
80400bae:	4685                	li	a3,1
80400bb0:	842a                	mv	s0,a0
80400bb2:	87ae                	mv	a5,a1
80400bb4:	02d60163          	beq	a2,a3,80400bd6 <file_read+0x36>
80400bb8:	4d14                	lw	a3,24(a0)
80400bba:	4948                	lw	a0,20(a0)
80400bbc:	862e                	mv	a2,a1
80400bbe:	4585                	li	a1,1
80400bc0:	229000ef          	jal	804015e8 <readi>
80400bc4:	00a05563          	blez	a0,80400bce <file_read+0x2e>
80400bc8:	4c1c                	lw	a5,24(s0)
80400bca:	97aa                	add	a5,a5,a0
80400bcc:	cc1c                	sw	a5,24(s0)
80400bce:	40b2                	lw	ra,12(sp)
80400bd0:	4422                	lw	s0,8(sp)
80400bd2:	0141                	add	sp,sp,16
80400bd4:	8082                	ret
80400bd6:	4422                	lw	s0,8(sp)
80400bd8:	40b2                	lw	ra,12(sp)
80400bda:	85ba                	mv	a1,a4
80400bdc:	853e                	mv	a0,a5
80400bde:	0141                	add	sp,sp,16
80400be0:	e8aff06f          	j	8040026a <console_read>
80400be4:	555d                	li	a0,-9
80400be6:	8082                	ret

80400be8 <file_write>:
80400be8:	4554                	lw	a3,12(a0)
80400bea:	c6b1                	beqz	a3,80400c36 <file_write+0x4e>
80400bec:	8732                	mv	a4,a2
80400bee:	4110                	lw	a2,0(a0)
80400bf0:	1141                	add	sp,sp,-16
80400bf2:	c422                	sw	s0,8(sp)
80400bf4:	c606                	sw	ra,12(sp)
80400bf6:	4685                	li	a3,1
80400bf8:	842a                	mv	s0,a0
80400bfa:	87ae                	mv	a5,a1
80400bfc:	02d60663          	beq	a2,a3,80400c28 <file_write+0x40>
80400c00:	4914                	lw	a3,16(a0)
80400c02:	4948                	lw	a0,20(a0)
80400c04:	ee99                	bnez	a3,80400c22 <file_write+0x3a>
80400c06:	4c14                	lw	a3,24(s0)
80400c08:	863e                	mv	a2,a5
80400c0a:	4585                	li	a1,1
80400c0c:	2b1000ef          	jal	804016bc <writei>
80400c10:	00a05563          	blez	a0,80400c1a <file_write+0x32>
80400c14:	4c1c                	lw	a5,24(s0)
80400c16:	97aa                	add	a5,a5,a0
80400c18:	cc1c                	sw	a5,24(s0)
80400c1a:	40b2                	lw	ra,12(sp)
80400c1c:	4422                	lw	s0,8(sp)
80400c1e:	0141                	add	sp,sp,16
80400c20:	8082                	ret
80400c22:	4554                	lw	a3,12(a0)
80400c24:	cc14                	sw	a3,24(s0)
80400c26:	b7cd                	j	80400c08 <file_write+0x20>
80400c28:	4422                	lw	s0,8(sp)
80400c2a:	40b2                	lw	ra,12(sp)
80400c2c:	85ba                	mv	a1,a4
80400c2e:	853e                	mv	a0,a5
80400c30:	0141                	add	sp,sp,16
80400c32:	ef0ff06f          	j	80400322 <console_write>
80400c36:	555d                	li	a0,-9
80400c38:	8082                	ret

80400c3a <file_seek>:
80400c3a:	411c                	lw	a5,0(a0)
80400c3c:	4709                	li	a4,2
80400c3e:	02e79963          	bne	a5,a4,80400c70 <file_seek+0x36>
80400c42:	c21d                	beqz	a2,80400c68 <file_seek+0x2e>
80400c44:	4705                	li	a4,1
80400c46:	02e60363          	beq	a2,a4,80400c6c <file_seek+0x32>
80400c4a:	02f61363          	bne	a2,a5,80400c70 <file_seek+0x36>
80400c4e:	495c                	lw	a5,20(a0)
80400c50:	47dc                	lw	a5,12(a5)
80400c52:	97ae                	add	a5,a5,a1
80400c54:	00b7b733          	sltu	a4,a5,a1
80400c58:	81fd                	srl	a1,a1,0x1f
80400c5a:	00e59b63          	bne	a1,a4,80400c70 <file_seek+0x36>
80400c5e:	0007c963          	bltz	a5,80400c70 <file_seek+0x36>
80400c62:	cd1c                	sw	a5,24(a0)
80400c64:	853e                	mv	a0,a5
80400c66:	8082                	ret
80400c68:	4781                	li	a5,0
80400c6a:	b7e5                	j	80400c52 <file_seek+0x18>
80400c6c:	4d1c                	lw	a5,24(a0)
80400c6e:	b7d5                	j	80400c52 <file_seek+0x18>
80400c70:	5529                	li	a0,-22
80400c72:	8082                	ret

80400c74 <bfree>:
80400c74:	804727b7          	lui	a5,0x80472
80400c78:	8d078793          	add	a5,a5,-1840 # 804718d0 <sb>
80400c7c:	5398                	lw	a4,32(a5)
80400c7e:	1101                	add	sp,sp,-32
80400c80:	c84a                	sw	s2,16(sp)
80400c82:	ce06                	sw	ra,28(sp)
80400c84:	cc22                	sw	s0,24(sp)
80400c86:	ca26                	sw	s1,20(sp)
80400c88:	c64e                	sw	s3,12(sp)
80400c8a:	892a                	mv	s2,a0
80400c8c:	04e56d63          	bltu	a0,a4,80400ce6 <bfree+0x72>
80400c90:	4798                	lw	a4,8(a5)
80400c92:	04e57a63          	bgeu	a0,a4,80400ce6 <bfree+0x72>
80400c96:	4b98                	lw	a4,16(a5)
80400c98:	4485                	li	s1,1
80400c9a:	00757793          	and	a5,a0,7
80400c9e:	813d                	srl	a0,a0,0xf
80400ca0:	00f494b3          	sll	s1,s1,a5
80400ca4:	953a                	add	a0,a0,a4
80400ca6:	01191793          	sll	a5,s2,0x11
80400caa:	0147d413          	srl	s0,a5,0x14
80400cae:	c54ff0ef          	jal	80400102 <bread>
80400cb2:	008507b3          	add	a5,a0,s0
80400cb6:	0187c703          	lbu	a4,24(a5)
80400cba:	0ff4f493          	zext.b	s1,s1
80400cbe:	89aa                	mv	s3,a0
80400cc0:	009776b3          	and	a3,a4,s1
80400cc4:	ca85                	beqz	a3,80400cf4 <bfree+0x80>
80400cc6:	fff4c493          	not	s1,s1
80400cca:	8f65                	and	a4,a4,s1
80400ccc:	00e78c23          	sb	a4,24(a5)
80400cd0:	c92ff0ef          	jal	80400162 <bdirty>
80400cd4:	4462                	lw	s0,24(sp)
80400cd6:	40f2                	lw	ra,28(sp)
80400cd8:	44d2                	lw	s1,20(sp)
80400cda:	4942                	lw	s2,16(sp)
80400cdc:	854e                	mv	a0,s3
80400cde:	49b2                	lw	s3,12(sp)
80400ce0:	6105                	add	sp,sp,32
80400ce2:	c86ff06f          	j	80400168 <brelse>
80400ce6:	80406537          	lui	a0,0x80406
80400cea:	85ca                	mv	a1,s2
80400cec:	07050513          	add	a0,a0,112 # 80406070 <__udivdi3+0x5e0>
80400cf0:	1dc010ef          	jal	80401ecc <panic>
80400cf4:	80406537          	lui	a0,0x80406
80400cf8:	85ca                	mv	a1,s2
80400cfa:	09850513          	add	a0,a0,152 # 80406098 <__udivdi3+0x608>
80400cfe:	1ce010ef          	jal	80401ecc <panic>

80400d02 <trim_indirect>:
80400d02:	7179                	add	sp,sp,-48
80400d04:	ce4e                	sw	s3,28(sp)
80400d06:	cc52                	sw	s4,24(sp)
80400d08:	c85a                	sw	s6,16(sp)
80400d0a:	c65e                	sw	s7,12(sp)
80400d0c:	c266                	sw	s9,4(sp)
80400d0e:	d606                	sw	ra,44(sp)
80400d10:	d422                	sw	s0,40(sp)
80400d12:	d226                	sw	s1,36(sp)
80400d14:	d04a                	sw	s2,32(sp)
80400d16:	ca56                	sw	s5,20(sp)
80400d18:	c462                	sw	s8,8(sp)
80400d1a:	c06a                	sw	s10,0(sp)
80400d1c:	4785                	li	a5,1
80400d1e:	8cb2                	mv	s9,a2
80400d20:	8baa                	mv	s7,a0
80400d22:	8b2e                	mv	s6,a1
80400d24:	89b6                	mv	s3,a3
80400d26:	4a05                	li	s4,1
80400d28:	00f60463          	beq	a2,a5,80400d30 <trim_indirect+0x2e>
80400d2c:	40000a13          	li	s4,1024
80400d30:	855e                	mv	a0,s7
80400d32:	6a85                	lui	s5,0x1
80400d34:	bceff0ef          	jal	80400102 <bread>
80400d38:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80400d3a:	8c2a                	mv	s8,a0
80400d3c:	01850413          	add	s0,a0,24
80400d40:	9aaa                	add	s5,s5,a0
80400d42:	84da                	mv	s1,s6
80400d44:	4d05                	li	s10,1
80400d46:	4008                	lw	a0,0(s0)
80400d48:	009a0933          	add	s2,s4,s1
80400d4c:	cd01                	beqz	a0,80400d64 <trim_indirect+0x62>
80400d4e:	0129fb63          	bgeu	s3,s2,80400d64 <trim_indirect+0x62>
80400d52:	86ce                	mv	a3,s3
80400d54:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b18fff>
80400d58:	85a6                	mv	a1,s1
80400d5a:	03ac8c63          	beq	s9,s10,80400d92 <trim_indirect+0x90>
80400d5e:	3755                	jal	80400d02 <trim_indirect>
80400d60:	0334fc63          	bgeu	s1,s3,80400d98 <trim_indirect+0x96>
80400d64:	0411                	add	s0,s0,4
80400d66:	84ca                	mv	s1,s2
80400d68:	fd541fe3          	bne	s0,s5,80400d46 <trim_indirect+0x44>
80400d6c:	8562                	mv	a0,s8
80400d6e:	bfaff0ef          	jal	80400168 <brelse>
80400d72:	033b7963          	bgeu	s6,s3,80400da4 <trim_indirect+0xa2>
80400d76:	50b2                	lw	ra,44(sp)
80400d78:	5422                	lw	s0,40(sp)
80400d7a:	5492                	lw	s1,36(sp)
80400d7c:	5902                	lw	s2,32(sp)
80400d7e:	49f2                	lw	s3,28(sp)
80400d80:	4a62                	lw	s4,24(sp)
80400d82:	4ad2                	lw	s5,20(sp)
80400d84:	4b42                	lw	s6,16(sp)
80400d86:	4bb2                	lw	s7,12(sp)
80400d88:	4c22                	lw	s8,8(sp)
80400d8a:	4c92                	lw	s9,4(sp)
80400d8c:	4d02                	lw	s10,0(sp)
80400d8e:	6145                	add	sp,sp,48
80400d90:	8082                	ret
80400d92:	35cd                	jal	80400c74 <bfree>
80400d94:	fd34e8e3          	bltu	s1,s3,80400d64 <trim_indirect+0x62>
80400d98:	00042023          	sw	zero,0(s0)
80400d9c:	8562                	mv	a0,s8
80400d9e:	bc4ff0ef          	jal	80400162 <bdirty>
80400da2:	b7c9                	j	80400d64 <trim_indirect+0x62>
80400da4:	5422                	lw	s0,40(sp)
80400da6:	50b2                	lw	ra,44(sp)
80400da8:	5492                	lw	s1,36(sp)
80400daa:	5902                	lw	s2,32(sp)
80400dac:	49f2                	lw	s3,28(sp)
80400dae:	4a62                	lw	s4,24(sp)
80400db0:	4ad2                	lw	s5,20(sp)
80400db2:	4b42                	lw	s6,16(sp)
80400db4:	4c22                	lw	s8,8(sp)
80400db6:	4c92                	lw	s9,4(sp)
80400db8:	4d02                	lw	s10,0(sp)
80400dba:	855e                	mv	a0,s7
80400dbc:	4bb2                	lw	s7,12(sp)
80400dbe:	6145                	add	sp,sp,48
80400dc0:	bd55                	j	80400c74 <bfree>

80400dc2 <iget.part.0>:
80400dc2:	1141                	add	sp,sp,-16
80400dc4:	804707b7          	lui	a5,0x80470
80400dc8:	c422                	sw	s0,8(sp)
80400dca:	c226                	sw	s1,4(sp)
80400dcc:	c606                	sw	ra,12(sp)
80400dce:	84aa                	mv	s1,a0
80400dd0:	4401                	li	s0,0
80400dd2:	6d078513          	add	a0,a5,1744 # 804706d0 <inodes>
80400dd6:	4701                	li	a4,0
80400dd8:	6d078793          	add	a5,a5,1744
80400ddc:	04000593          	li	a1,64
80400de0:	a809                	j	80400df2 <iget.part.0+0x30>
80400de2:	4390                	lw	a2,0(a5)
80400de4:	08960263          	beq	a2,s1,80400e68 <iget.part.0+0xa6>
80400de8:	0705                	add	a4,a4,1
80400dea:	04878793          	add	a5,a5,72
80400dee:	00b70d63          	beq	a4,a1,80400e08 <iget.part.0+0x46>
80400df2:	43d4                	lw	a3,4(a5)
80400df4:	fed047e3          	bgtz	a3,80400de2 <iget.part.0+0x20>
80400df8:	f865                	bnez	s0,80400de8 <iget.part.0+0x26>
80400dfa:	f6fd                	bnez	a3,80400de8 <iget.part.0+0x26>
80400dfc:	0705                	add	a4,a4,1
80400dfe:	843e                	mv	s0,a5
80400e00:	04878793          	add	a5,a5,72
80400e04:	feb717e3          	bne	a4,a1,80400df2 <iget.part.0+0x30>
80400e08:	c43d                	beqz	s0,80400e76 <iget.part.0+0xb4>
80400e0a:	804727b7          	lui	a5,0x80472
80400e0e:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
80400e12:	0064d513          	srl	a0,s1,0x6
80400e16:	953e                	add	a0,a0,a5
80400e18:	aeaff0ef          	jal	80400102 <bread>
80400e1c:	03f4f793          	and	a5,s1,63
80400e20:	00679693          	sll	a3,a5,0x6
80400e24:	96aa                	add	a3,a3,a0
80400e26:	01868793          	add	a5,a3,24 # bfdf018 <_entry-0x74420fe8>
80400e2a:	00840713          	add	a4,s0,8
80400e2e:	05868693          	add	a3,a3,88
80400e32:	0007a883          	lw	a7,0(a5)
80400e36:	0047a803          	lw	a6,4(a5)
80400e3a:	478c                	lw	a1,8(a5)
80400e3c:	47d0                	lw	a2,12(a5)
80400e3e:	01172023          	sw	a7,0(a4)
80400e42:	01072223          	sw	a6,4(a4)
80400e46:	c70c                	sw	a1,8(a4)
80400e48:	c750                	sw	a2,12(a4)
80400e4a:	07c1                	add	a5,a5,16
80400e4c:	0741                	add	a4,a4,16
80400e4e:	fed792e3          	bne	a5,a3,80400e32 <iget.part.0+0x70>
80400e52:	b16ff0ef          	jal	80400168 <brelse>
80400e56:	4785                	li	a5,1
80400e58:	c004                	sw	s1,0(s0)
80400e5a:	40b2                	lw	ra,12(sp)
80400e5c:	c05c                	sw	a5,4(s0)
80400e5e:	8522                	mv	a0,s0
80400e60:	4422                	lw	s0,8(sp)
80400e62:	4492                	lw	s1,4(sp)
80400e64:	0141                	add	sp,sp,16
80400e66:	8082                	ret
80400e68:	00371413          	sll	s0,a4,0x3
80400e6c:	943a                	add	s0,s0,a4
80400e6e:	040e                	sll	s0,s0,0x3
80400e70:	942a                	add	s0,s0,a0
80400e72:	0685                	add	a3,a3,1
80400e74:	c054                	sw	a3,4(s0)
80400e76:	40b2                	lw	ra,12(sp)
80400e78:	8522                	mv	a0,s0
80400e7a:	4422                	lw	s0,8(sp)
80400e7c:	4492                	lw	s1,4(sp)
80400e7e:	0141                	add	sp,sp,16
80400e80:	8082                	ret

80400e82 <balloc>:
80400e82:	7179                	add	sp,sp,-48
80400e84:	d04a                	sw	s2,32(sp)
80400e86:	80472937          	lui	s2,0x80472
80400e8a:	8d090913          	add	s2,s2,-1840 # 804718d0 <sb>
80400e8e:	02092783          	lw	a5,32(s2)
80400e92:	00892703          	lw	a4,8(s2)
80400e96:	ce4e                	sw	s3,28(sp)
80400e98:	d606                	sw	ra,44(sp)
80400e9a:	d422                	sw	s0,40(sp)
80400e9c:	d226                	sw	s1,36(sp)
80400e9e:	cc52                	sw	s4,24(sp)
80400ea0:	ca56                	sw	s5,20(sp)
80400ea2:	c85a                	sw	s6,16(sp)
80400ea4:	c65e                	sw	s7,12(sp)
80400ea6:	c462                	sw	s8,8(sp)
80400ea8:	c266                	sw	s9,4(sp)
80400eaa:	40f709b3          	sub	s3,a4,a5
80400eae:	08f70963          	beq	a4,a5,80400f40 <balloc+0xbe>
80400eb2:	6a05                	lui	s4,0x1
80400eb4:	4c81                	li	s9,0
80400eb6:	80429ab7          	lui	s5,0x80429
80400eba:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80400ebc:	4b05                	li	s6,1
80400ebe:	a039                	j	80400ecc <balloc+0x4a>
80400ec0:	aa8ff0ef          	jal	80400168 <brelse>
80400ec4:	07998e63          	beq	s3,s9,80400f40 <balloc+0xbe>
80400ec8:	02092783          	lw	a5,32(s2)
80400ecc:	024aa403          	lw	s0,36(s5) # 80429024 <alloc_hint>
80400ed0:	01092703          	lw	a4,16(s2)
80400ed4:	9466                	add	s0,s0,s9
80400ed6:	8c1d                	sub	s0,s0,a5
80400ed8:	03347433          	remu	s0,s0,s3
80400edc:	0c85                	add	s9,s9,1
80400ede:	943e                	add	s0,s0,a5
80400ee0:	00f45513          	srl	a0,s0,0xf
80400ee4:	00345793          	srl	a5,s0,0x3
80400ee8:	953a                	add	a0,a0,a4
80400eea:	0147f4b3          	and	s1,a5,s4
80400eee:	a14ff0ef          	jal	80400102 <bread>
80400ef2:	009507b3          	add	a5,a0,s1
80400ef6:	0187c703          	lbu	a4,24(a5)
80400efa:	00747b93          	and	s7,s0,7
80400efe:	017b1bb3          	sll	s7,s6,s7
80400f02:	0ffbfb93          	zext.b	s7,s7
80400f06:	017776b3          	and	a3,a4,s7
80400f0a:	8c2a                	mv	s8,a0
80400f0c:	fad5                	bnez	a3,80400ec0 <balloc+0x3e>
80400f0e:	01776733          	or	a4,a4,s7
80400f12:	00e78c23          	sb	a4,24(a5)
80400f16:	a4cff0ef          	jal	80400162 <bdirty>
80400f1a:	8562                	mv	a0,s8
80400f1c:	a4cff0ef          	jal	80400168 <brelse>
80400f20:	8522                	mv	a0,s0
80400f22:	a1cff0ef          	jal	8040013e <bclear>
80400f26:	a42ff0ef          	jal	80400168 <brelse>
80400f2a:	00892703          	lw	a4,8(s2)
80400f2e:	00140793          	add	a5,s0,1
80400f32:	00e7e463          	bltu	a5,a4,80400f3a <balloc+0xb8>
80400f36:	02092783          	lw	a5,32(s2)
80400f3a:	02faa223          	sw	a5,36(s5)
80400f3e:	a011                	j	80400f42 <balloc+0xc0>
80400f40:	4401                	li	s0,0
80400f42:	50b2                	lw	ra,44(sp)
80400f44:	8522                	mv	a0,s0
80400f46:	5422                	lw	s0,40(sp)
80400f48:	5492                	lw	s1,36(sp)
80400f4a:	5902                	lw	s2,32(sp)
80400f4c:	49f2                	lw	s3,28(sp)
80400f4e:	4a62                	lw	s4,24(sp)
80400f50:	4ad2                	lw	s5,20(sp)
80400f52:	4b42                	lw	s6,16(sp)
80400f54:	4bb2                	lw	s7,12(sp)
80400f56:	4c22                	lw	s8,8(sp)
80400f58:	4c92                	lw	s9,4(sp)
80400f5a:	6145                	add	sp,sp,48
80400f5c:	8082                	ret

80400f5e <bmap>:
80400f5e:	1101                	add	sp,sp,-32
80400f60:	cc22                	sw	s0,24(sp)
80400f62:	ca26                	sw	s1,20(sp)
80400f64:	c84a                	sw	s2,16(sp)
80400f66:	ce06                	sw	ra,28(sp)
80400f68:	c64e                	sw	s3,12(sp)
80400f6a:	c452                	sw	s4,8(sp)
80400f6c:	47ad                	li	a5,11
80400f6e:	842e                	mv	s0,a1
80400f70:	84aa                	mv	s1,a0
80400f72:	8932                	mv	s2,a2
80400f74:	0cb7f163          	bgeu	a5,a1,80401036 <bmap+0xd8>
80400f78:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80400f7c:	3ff00793          	li	a5,1023
80400f80:	0f37f963          	bgeu	a5,s3,80401072 <bmap+0x114>
80400f84:	4168                	lw	a0,68(a0)
80400f86:	ed01                	bnez	a0,80400f9e <bmap+0x40>
80400f88:	ee1d                	bnez	a2,80400fc6 <bmap+0x68>
80400f8a:	4401                	li	s0,0
80400f8c:	40f2                	lw	ra,28(sp)
80400f8e:	8522                	mv	a0,s0
80400f90:	4462                	lw	s0,24(sp)
80400f92:	44d2                	lw	s1,20(sp)
80400f94:	4942                	lw	s2,16(sp)
80400f96:	49b2                	lw	s3,12(sp)
80400f98:	4a22                	lw	s4,8(sp)
80400f9a:	6105                	add	sp,sp,32
80400f9c:	8082                	ret
80400f9e:	964ff0ef          	jal	80400102 <bread>
80400fa2:	bf440413          	add	s0,s0,-1036
80400fa6:	00a45793          	srl	a5,s0,0xa
80400faa:	01850993          	add	s3,a0,24
80400fae:	078a                	sll	a5,a5,0x2
80400fb0:	99be                	add	s3,s3,a5
80400fb2:	0009aa03          	lw	s4,0(s3)
80400fb6:	84aa                	mv	s1,a0
80400fb8:	080a1a63          	bnez	s4,8040104c <bmap+0xee>
80400fbc:	02091763          	bnez	s2,80400fea <bmap+0x8c>
80400fc0:	9a8ff0ef          	jal	80400168 <brelse>
80400fc4:	b7d9                	j	80400f8a <bmap+0x2c>
80400fc6:	3d75                	jal	80400e82 <balloc>
80400fc8:	c0e8                	sw	a0,68(s1)
80400fca:	d161                	beqz	a0,80400f8a <bmap+0x2c>
80400fcc:	936ff0ef          	jal	80400102 <bread>
80400fd0:	bf440413          	add	s0,s0,-1036
80400fd4:	00a45793          	srl	a5,s0,0xa
80400fd8:	01850993          	add	s3,a0,24
80400fdc:	078a                	sll	a5,a5,0x2
80400fde:	99be                	add	s3,s3,a5
80400fe0:	0009aa03          	lw	s4,0(s3)
80400fe4:	84aa                	mv	s1,a0
80400fe6:	060a1363          	bnez	s4,8040104c <bmap+0xee>
80400fea:	3d61                	jal	80400e82 <balloc>
80400fec:	892a                	mv	s2,a0
80400fee:	8526                	mv	a0,s1
80400ff0:	fc0908e3          	beqz	s2,80400fc0 <bmap+0x62>
80400ff4:	0129a023          	sw	s2,0(s3)
80400ff8:	96aff0ef          	jal	80400162 <bdirty>
80400ffc:	8526                	mv	a0,s1
80400ffe:	96aff0ef          	jal	80400168 <brelse>
80401002:	854a                	mv	a0,s2
80401004:	8feff0ef          	jal	80400102 <bread>
80401008:	3ff47413          	and	s0,s0,1023
8040100c:	00241793          	sll	a5,s0,0x2
80401010:	01850993          	add	s3,a0,24
80401014:	99be                	add	s3,s3,a5
80401016:	0009a403          	lw	s0,0(s3)
8040101a:	84aa                	mv	s1,a0
8040101c:	e809                	bnez	s0,8040102e <bmap+0xd0>
8040101e:	3595                	jal	80400e82 <balloc>
80401020:	842a                	mv	s0,a0
80401022:	c511                	beqz	a0,8040102e <bmap+0xd0>
80401024:	00a9a023          	sw	a0,0(s3)
80401028:	8526                	mv	a0,s1
8040102a:	938ff0ef          	jal	80400162 <bdirty>
8040102e:	8526                	mv	a0,s1
80401030:	938ff0ef          	jal	80400168 <brelse>
80401034:	bfa1                	j	80400f8c <bmap+0x2e>
80401036:	00259413          	sll	s0,a1,0x2
8040103a:	008504b3          	add	s1,a0,s0
8040103e:	4880                	lw	s0,16(s1)
80401040:	f431                	bnez	s0,80400f8c <bmap+0x2e>
80401042:	d629                	beqz	a2,80400f8c <bmap+0x2e>
80401044:	3d3d                	jal	80400e82 <balloc>
80401046:	842a                	mv	s0,a0
80401048:	c888                	sw	a0,16(s1)
8040104a:	b789                	j	80400f8c <bmap+0x2e>
8040104c:	8526                	mv	a0,s1
8040104e:	91aff0ef          	jal	80400168 <brelse>
80401052:	8552                	mv	a0,s4
80401054:	8aeff0ef          	jal	80400102 <bread>
80401058:	3ff47413          	and	s0,s0,1023
8040105c:	040a                	sll	s0,s0,0x2
8040105e:	01850993          	add	s3,a0,24
80401062:	99a2                	add	s3,s3,s0
80401064:	0009a403          	lw	s0,0(s3)
80401068:	84aa                	mv	s1,a0
8040106a:	f071                	bnez	s0,8040102e <bmap+0xd0>
8040106c:	fc0901e3          	beqz	s2,8040102e <bmap+0xd0>
80401070:	b77d                	j	8040101e <bmap+0xc0>
80401072:	4128                	lw	a0,64(a0)
80401074:	cd11                	beqz	a0,80401090 <bmap+0x132>
80401076:	88cff0ef          	jal	80400102 <bread>
8040107a:	01850793          	add	a5,a0,24
8040107e:	098a                	sll	s3,s3,0x2
80401080:	99be                	add	s3,s3,a5
80401082:	0009a403          	lw	s0,0(s3)
80401086:	84aa                	mv	s1,a0
80401088:	f05d                	bnez	s0,8040102e <bmap+0xd0>
8040108a:	fa0902e3          	beqz	s2,8040102e <bmap+0xd0>
8040108e:	bf41                	j	8040101e <bmap+0xc0>
80401090:	ee060de3          	beqz	a2,80400f8a <bmap+0x2c>
80401094:	33fd                	jal	80400e82 <balloc>
80401096:	c0a8                	sw	a0,64(s1)
80401098:	ee0509e3          	beqz	a0,80400f8a <bmap+0x2c>
8040109c:	866ff0ef          	jal	80400102 <bread>
804010a0:	01850793          	add	a5,a0,24
804010a4:	098a                	sll	s3,s3,0x2
804010a6:	99be                	add	s3,s3,a5
804010a8:	0009a403          	lw	s0,0(s3)
804010ac:	84aa                	mv	s1,a0
804010ae:	d825                	beqz	s0,8040101e <bmap+0xc0>
804010b0:	bfbd                	j	8040102e <bmap+0xd0>

804010b2 <fs_init>:
804010b2:	1141                	add	sp,sp,-16
804010b4:	4501                	li	a0,0
804010b6:	c606                	sw	ra,12(sp)
804010b8:	c422                	sw	s0,8(sp)
804010ba:	c226                	sw	s1,4(sp)
804010bc:	80472437          	lui	s0,0x80472
804010c0:	842ff0ef          	jal	80400102 <bread>
804010c4:	01850593          	add	a1,a0,24
804010c8:	02400613          	li	a2,36
804010cc:	84aa                	mv	s1,a0
804010ce:	8d040513          	add	a0,s0,-1840 # 804718d0 <sb>
804010d2:	47c010ef          	jal	8040254e <memcpy>
804010d6:	8526                	mv	a0,s1
804010d8:	890ff0ef          	jal	80400168 <brelse>
804010dc:	3da020ef          	jal	804034b6 <disk_capacity>
804010e0:	8d040793          	add	a5,s0,-1840
804010e4:	4394                	lw	a3,0(a5)
804010e6:	53466737          	lui	a4,0x53466
804010ea:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
804010ee:	08e69363          	bne	a3,a4,80401174 <fs_init+0xc2>
804010f2:	43cc                	lw	a1,4(a5)
804010f4:	4705                	li	a4,1
804010f6:	06e59f63          	bne	a1,a4,80401174 <fs_init+0xc2>
804010fa:	4790                	lw	a2,8(a5)
804010fc:	810d                	srl	a0,a0,0x3
804010fe:	06c56b63          	bltu	a0,a2,80401174 <fs_init+0xc2>
80401102:	4b98                	lw	a4,16(a5)
80401104:	cb25                	beqz	a4,80401174 <fs_init+0xc2>
80401106:	4bc8                	lw	a0,20(a5)
80401108:	00f51693          	sll	a3,a0,0xf
8040110c:	06c6e463          	bltu	a3,a2,80401174 <fs_init+0xc2>
80401110:	4f94                	lw	a3,24(a5)
80401112:	972a                	add	a4,a4,a0
80401114:	06e6e063          	bltu	a3,a4,80401174 <fs_init+0xc2>
80401118:	4fc8                	lw	a0,28(a5)
8040111a:	47d8                	lw	a4,12(a5)
8040111c:	00651813          	sll	a6,a0,0x6
80401120:	04e86a63          	bltu	a6,a4,80401174 <fs_init+0xc2>
80401124:	04e5f863          	bgeu	a1,a4,80401174 <fs_init+0xc2>
80401128:	539c                	lw	a5,32(a5)
8040112a:	96aa                	add	a3,a3,a0
8040112c:	04d7e463          	bltu	a5,a3,80401174 <fs_init+0xc2>
80401130:	04f66263          	bltu	a2,a5,80401174 <fs_init+0xc2>
80401134:	80429737          	lui	a4,0x80429
80401138:	4505                	li	a0,1
8040113a:	02f72223          	sw	a5,36(a4) # 80429024 <alloc_hint>
8040113e:	3151                	jal	80400dc2 <iget.part.0>
80401140:	804297b7          	lui	a5,0x80429
80401144:	02a7a423          	sw	a0,40(a5) # 80429028 <root>
80401148:	c105                	beqz	a0,80401168 <fs_init+0xb6>
8040114a:	00855703          	lhu	a4,8(a0)
8040114e:	4789                	li	a5,2
80401150:	00f71c63          	bne	a4,a5,80401168 <fs_init+0xb6>
80401154:	40b2                	lw	ra,12(sp)
80401156:	4422                	lw	s0,8(sp)
80401158:	804297b7          	lui	a5,0x80429
8040115c:	4705                	li	a4,1
8040115e:	02e7a623          	sw	a4,44(a5) # 8042902c <mounted>
80401162:	4492                	lw	s1,4(sp)
80401164:	0141                	add	sp,sp,16
80401166:	8082                	ret
80401168:	80406537          	lui	a0,0x80406
8040116c:	0e450513          	add	a0,a0,228 # 804060e4 <__udivdi3+0x654>
80401170:	55d000ef          	jal	80401ecc <panic>
80401174:	80406537          	lui	a0,0x80406
80401178:	0b850513          	add	a0,a0,184 # 804060b8 <__udivdi3+0x628>
8040117c:	551000ef          	jal	80401ecc <panic>

80401180 <fs_mounted>:
80401180:	804297b7          	lui	a5,0x80429
80401184:	02c7a503          	lw	a0,44(a5) # 8042902c <mounted>
80401188:	8082                	ret

8040118a <fs_root>:
8040118a:	804297b7          	lui	a5,0x80429
8040118e:	0287a503          	lw	a0,40(a5) # 80429028 <root>
80401192:	8082                	ret

80401194 <iupdate>:
80401194:	1141                	add	sp,sp,-16
80401196:	c422                	sw	s0,8(sp)
80401198:	804727b7          	lui	a5,0x80472
8040119c:	4100                	lw	s0,0(a0)
8040119e:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
804011a2:	c226                	sw	s1,4(sp)
804011a4:	84aa                	mv	s1,a0
804011a6:	00645513          	srl	a0,s0,0x6
804011aa:	953e                	add	a0,a0,a5
804011ac:	03f47413          	and	s0,s0,63
804011b0:	c04a                	sw	s2,0(sp)
804011b2:	c606                	sw	ra,12(sp)
804011b4:	041a                	sll	s0,s0,0x6
804011b6:	f4dfe0ef          	jal	80400102 <bread>
804011ba:	008507b3          	add	a5,a0,s0
804011be:	00848713          	add	a4,s1,8
804011c2:	892a                	mv	s2,a0
804011c4:	07e1                	add	a5,a5,24
804011c6:	04848493          	add	s1,s1,72
804011ca:	4308                	lw	a0,0(a4)
804011cc:	434c                	lw	a1,4(a4)
804011ce:	4710                	lw	a2,8(a4)
804011d0:	4754                	lw	a3,12(a4)
804011d2:	c388                	sw	a0,0(a5)
804011d4:	c3cc                	sw	a1,4(a5)
804011d6:	c790                	sw	a2,8(a5)
804011d8:	c7d4                	sw	a3,12(a5)
804011da:	0741                	add	a4,a4,16
804011dc:	07c1                	add	a5,a5,16
804011de:	fe9716e3          	bne	a4,s1,804011ca <iupdate+0x36>
804011e2:	854a                	mv	a0,s2
804011e4:	f7ffe0ef          	jal	80400162 <bdirty>
804011e8:	4422                	lw	s0,8(sp)
804011ea:	40b2                	lw	ra,12(sp)
804011ec:	4492                	lw	s1,4(sp)
804011ee:	854a                	mv	a0,s2
804011f0:	4902                	lw	s2,0(sp)
804011f2:	0141                	add	sp,sp,16
804011f4:	f75fe06f          	j	80400168 <brelse>

804011f8 <trim_blocks>:
804011f8:	7179                	add	sp,sp,-48
804011fa:	d04a                	sw	s2,32(sp)
804011fc:	cc52                	sw	s4,24(sp)
804011fe:	d606                	sw	ra,44(sp)
80401200:	d422                	sw	s0,40(sp)
80401202:	d226                	sw	s1,36(sp)
80401204:	ce4e                	sw	s3,28(sp)
80401206:	ca56                	sw	s5,20(sp)
80401208:	c85a                	sw	s6,16(sp)
8040120a:	c65e                	sw	s7,12(sp)
8040120c:	47ad                	li	a5,11
8040120e:	892e                	mv	s2,a1
80401210:	8a2a                	mv	s4,a0
80401212:	02b7e463          	bltu	a5,a1,8040123a <trim_blocks+0x42>
80401216:	00259413          	sll	s0,a1,0x2
8040121a:	942a                	add	s0,s0,a0
8040121c:	03050493          	add	s1,a0,48
80401220:	a021                	j	80401228 <trim_blocks+0x30>
80401222:	0411                	add	s0,s0,4
80401224:	00940b63          	beq	s0,s1,8040123a <trim_blocks+0x42>
80401228:	4808                	lw	a0,16(s0)
8040122a:	dd65                	beqz	a0,80401222 <trim_blocks+0x2a>
8040122c:	a49ff0ef          	jal	80400c74 <bfree>
80401230:	0411                	add	s0,s0,4
80401232:	00042623          	sw	zero,12(s0)
80401236:	fe9419e3          	bne	s0,s1,80401228 <trim_blocks+0x30>
8040123a:	040a2b83          	lw	s7,64(s4)
8040123e:	020b9263          	bnez	s7,80401262 <trim_blocks+0x6a>
80401242:	044a2b83          	lw	s7,68(s4)
80401246:	060b9d63          	bnez	s7,804012c0 <trim_blocks+0xc8>
8040124a:	5422                	lw	s0,40(sp)
8040124c:	50b2                	lw	ra,44(sp)
8040124e:	5492                	lw	s1,36(sp)
80401250:	5902                	lw	s2,32(sp)
80401252:	49f2                	lw	s3,28(sp)
80401254:	4ad2                	lw	s5,20(sp)
80401256:	4b42                	lw	s6,16(sp)
80401258:	4bb2                	lw	s7,12(sp)
8040125a:	8552                	mv	a0,s4
8040125c:	4a62                	lw	s4,24(sp)
8040125e:	6145                	add	sp,sp,48
80401260:	bf15                	j	80401194 <iupdate>
80401262:	855e                	mv	a0,s7
80401264:	e9ffe0ef          	jal	80400102 <bread>
80401268:	8b2a                	mv	s6,a0
8040126a:	01850493          	add	s1,a0,24
8040126e:	4431                	li	s0,12
80401270:	40c00a93          	li	s5,1036
80401274:	a029                	j	8040127e <trim_blocks+0x86>
80401276:	0491                	add	s1,s1,4
80401278:	844e                	mv	s0,s3
8040127a:	03598563          	beq	s3,s5,804012a4 <trim_blocks+0xac>
8040127e:	4088                	lw	a0,0(s1)
80401280:	00140993          	add	s3,s0,1
80401284:	d96d                	beqz	a0,80401276 <trim_blocks+0x7e>
80401286:	ff3978e3          	bgeu	s2,s3,80401276 <trim_blocks+0x7e>
8040128a:	9ebff0ef          	jal	80400c74 <bfree>
8040128e:	ff2464e3          	bltu	s0,s2,80401276 <trim_blocks+0x7e>
80401292:	0004a023          	sw	zero,0(s1)
80401296:	855a                	mv	a0,s6
80401298:	ecbfe0ef          	jal	80400162 <bdirty>
8040129c:	0491                	add	s1,s1,4
8040129e:	844e                	mv	s0,s3
804012a0:	fd599fe3          	bne	s3,s5,8040127e <trim_blocks+0x86>
804012a4:	855a                	mv	a0,s6
804012a6:	ec3fe0ef          	jal	80400168 <brelse>
804012aa:	47b1                	li	a5,12
804012ac:	0727fc63          	bgeu	a5,s2,80401324 <trim_blocks+0x12c>
804012b0:	040a2783          	lw	a5,64(s4)
804012b4:	04fa2023          	sw	a5,64(s4)
804012b8:	044a2b83          	lw	s7,68(s4)
804012bc:	f80b87e3          	beqz	s7,8040124a <trim_blocks+0x52>
804012c0:	855e                	mv	a0,s7
804012c2:	6a85                	lui	s5,0x1
804012c4:	e3ffe0ef          	jal	80400102 <bread>
804012c8:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
804012ca:	8b2a                	mv	s6,a0
804012cc:	01850413          	add	s0,a0,24
804012d0:	9aaa                	add	s5,s5,a0
804012d2:	40c00493          	li	s1,1036
804012d6:	a029                	j	804012e0 <trim_blocks+0xe8>
804012d8:	0411                	add	s0,s0,4
804012da:	84ce                	mv	s1,s3
804012dc:	03540863          	beq	s0,s5,8040130c <trim_blocks+0x114>
804012e0:	4008                	lw	a0,0(s0)
804012e2:	40048993          	add	s3,s1,1024
804012e6:	85a6                	mv	a1,s1
804012e8:	86ca                	mv	a3,s2
804012ea:	4605                	li	a2,1
804012ec:	d575                	beqz	a0,804012d8 <trim_blocks+0xe0>
804012ee:	ff3975e3          	bgeu	s2,s3,804012d8 <trim_blocks+0xe0>
804012f2:	a11ff0ef          	jal	80400d02 <trim_indirect>
804012f6:	ff24e1e3          	bltu	s1,s2,804012d8 <trim_blocks+0xe0>
804012fa:	00042023          	sw	zero,0(s0)
804012fe:	855a                	mv	a0,s6
80401300:	0411                	add	s0,s0,4
80401302:	e61fe0ef          	jal	80400162 <bdirty>
80401306:	84ce                	mv	s1,s3
80401308:	fd541ce3          	bne	s0,s5,804012e0 <trim_blocks+0xe8>
8040130c:	855a                	mv	a0,s6
8040130e:	e5bfe0ef          	jal	80400168 <brelse>
80401312:	40c00793          	li	a5,1036
80401316:	0127fe63          	bgeu	a5,s2,80401332 <trim_blocks+0x13a>
8040131a:	044a2783          	lw	a5,68(s4)
8040131e:	04fa2223          	sw	a5,68(s4)
80401322:	b725                	j	8040124a <trim_blocks+0x52>
80401324:	855e                	mv	a0,s7
80401326:	94fff0ef          	jal	80400c74 <bfree>
8040132a:	4781                	li	a5,0
8040132c:	04fa2023          	sw	a5,64(s4)
80401330:	b761                	j	804012b8 <trim_blocks+0xc0>
80401332:	855e                	mv	a0,s7
80401334:	941ff0ef          	jal	80400c74 <bfree>
80401338:	4781                	li	a5,0
8040133a:	04fa2223          	sw	a5,68(s4)
8040133e:	b731                	j	8040124a <trim_blocks+0x52>

80401340 <inum_valid>:
80401340:	c901                	beqz	a0,80401350 <inum_valid+0x10>
80401342:	804727b7          	lui	a5,0x80472
80401346:	8dc7a783          	lw	a5,-1828(a5) # 804718dc <sb+0xc>
8040134a:	00f53533          	sltu	a0,a0,a5
8040134e:	8082                	ret
80401350:	4501                	li	a0,0
80401352:	8082                	ret

80401354 <iget>:
80401354:	85aa                	mv	a1,a0
80401356:	c909                	beqz	a0,80401368 <iget+0x14>
80401358:	804727b7          	lui	a5,0x80472
8040135c:	8dc7a783          	lw	a5,-1828(a5) # 804718dc <sb+0xc>
80401360:	00f57463          	bgeu	a0,a5,80401368 <iget+0x14>
80401364:	a5fff06f          	j	80400dc2 <iget.part.0>
80401368:	80406537          	lui	a0,0x80406
8040136c:	1141                	add	sp,sp,-16
8040136e:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x67c>
80401372:	c606                	sw	ra,12(sp)
80401374:	359000ef          	jal	80401ecc <panic>

80401378 <istat>:
80401378:	1141                	add	sp,sp,-16
8040137a:	804707b7          	lui	a5,0x80470
8040137e:	c422                	sw	s0,8(sp)
80401380:	c226                	sw	s1,4(sp)
80401382:	c04a                	sw	s2,0(sp)
80401384:	84b2                	mv	s1,a2
80401386:	c606                	sw	ra,12(sp)
80401388:	6d078613          	add	a2,a5,1744 # 804706d0 <inodes>
8040138c:	842a                	mv	s0,a0
8040138e:	892e                	mv	s2,a1
80401390:	6d078793          	add	a5,a5,1744
80401394:	4701                	li	a4,0
80401396:	04000813          	li	a6,64
8040139a:	a031                	j	804013a6 <istat+0x2e>
8040139c:	0705                	add	a4,a4,1
8040139e:	04878793          	add	a5,a5,72
804013a2:	03070963          	beq	a4,a6,804013d4 <istat+0x5c>
804013a6:	43d4                	lw	a3,4(a5)
804013a8:	fed05ae3          	blez	a3,8040139c <istat+0x24>
804013ac:	4394                	lw	a3,0(a5)
804013ae:	fe8697e3          	bne	a3,s0,8040139c <istat+0x24>
804013b2:	00371793          	sll	a5,a4,0x3
804013b6:	97ba                	add	a5,a5,a4
804013b8:	078e                	sll	a5,a5,0x3
804013ba:	97b2                	add	a5,a5,a2
804013bc:	0087d703          	lhu	a4,8(a5)
804013c0:	47dc                	lw	a5,12(a5)
804013c2:	40b2                	lw	ra,12(sp)
804013c4:	4422                	lw	s0,8(sp)
804013c6:	00e91023          	sh	a4,0(s2)
804013ca:	c09c                	sw	a5,0(s1)
804013cc:	4902                	lw	s2,0(sp)
804013ce:	4492                	lw	s1,4(sp)
804013d0:	0141                	add	sp,sp,16
804013d2:	8082                	ret
804013d4:	804727b7          	lui	a5,0x80472
804013d8:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
804013dc:	00645513          	srl	a0,s0,0x6
804013e0:	03f47413          	and	s0,s0,63
804013e4:	953e                	add	a0,a0,a5
804013e6:	d1dfe0ef          	jal	80400102 <bread>
804013ea:	041a                	sll	s0,s0,0x6
804013ec:	01850793          	add	a5,a0,24
804013f0:	97a2                	add	a5,a5,s0
804013f2:	0007d703          	lhu	a4,0(a5)
804013f6:	43dc                	lw	a5,4(a5)
804013f8:	4422                	lw	s0,8(sp)
804013fa:	00e91023          	sh	a4,0(s2)
804013fe:	40b2                	lw	ra,12(sp)
80401400:	4902                	lw	s2,0(sp)
80401402:	c09c                	sw	a5,0(s1)
80401404:	4492                	lw	s1,4(sp)
80401406:	0141                	add	sp,sp,16
80401408:	d61fe06f          	j	80400168 <brelse>

8040140c <ialloc>:
8040140c:	7179                	add	sp,sp,-48
8040140e:	d226                	sw	s1,36(sp)
80401410:	804724b7          	lui	s1,0x80472
80401414:	8d048493          	add	s1,s1,-1840 # 804718d0 <sb>
80401418:	44dc                	lw	a5,12(s1)
8040141a:	d422                	sw	s0,40(sp)
8040141c:	d04a                	sw	s2,32(sp)
8040141e:	ce4e                	sw	s3,28(sp)
80401420:	d606                	sw	ra,44(sp)
80401422:	4409                	li	s0,2
80401424:	89aa                	mv	s3,a0
80401426:	892e                	mv	s2,a1
80401428:	00f47e63          	bgeu	s0,a5,80401444 <ialloc+0x38>
8040142c:	0070                	add	a2,sp,12
8040142e:	00a10593          	add	a1,sp,10
80401432:	8522                	mv	a0,s0
80401434:	3791                	jal	80401378 <istat>
80401436:	00a15783          	lhu	a5,10(sp)
8040143a:	cf89                	beqz	a5,80401454 <ialloc+0x48>
8040143c:	44dc                	lw	a5,12(s1)
8040143e:	0405                	add	s0,s0,1
80401440:	fef466e3          	bltu	s0,a5,8040142c <ialloc+0x20>
80401444:	5511                	li	a0,-28
80401446:	50b2                	lw	ra,44(sp)
80401448:	5422                	lw	s0,40(sp)
8040144a:	5492                	lw	s1,36(sp)
8040144c:	5902                	lw	s2,32(sp)
8040144e:	49f2                	lw	s3,28(sp)
80401450:	6145                	add	sp,sp,48
80401452:	8082                	ret
80401454:	44dc                	lw	a5,12(s1)
80401456:	04f47063          	bgeu	s0,a5,80401496 <ialloc+0x8a>
8040145a:	8522                	mv	a0,s0
8040145c:	967ff0ef          	jal	80400dc2 <iget.part.0>
80401460:	842a                	mv	s0,a0
80401462:	5521                	li	a0,-24
80401464:	d06d                	beqz	s0,80401446 <ialloc+0x3a>
80401466:	04000613          	li	a2,64
8040146a:	4581                	li	a1,0
8040146c:	00840513          	add	a0,s0,8
80401470:	09c010ef          	jal	8040250c <memset>
80401474:	4785                	li	a5,1
80401476:	01341423          	sh	s3,8(s0)
8040147a:	8522                	mv	a0,s0
8040147c:	00f41523          	sh	a5,10(s0)
80401480:	3b11                	jal	80401194 <iupdate>
80401482:	50b2                	lw	ra,44(sp)
80401484:	00892023          	sw	s0,0(s2)
80401488:	5422                	lw	s0,40(sp)
8040148a:	5492                	lw	s1,36(sp)
8040148c:	5902                	lw	s2,32(sp)
8040148e:	49f2                	lw	s3,28(sp)
80401490:	4501                	li	a0,0
80401492:	6145                	add	sp,sp,48
80401494:	8082                	ret
80401496:	80406537          	lui	a0,0x80406
8040149a:	85a2                	mv	a1,s0
8040149c:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x67c>
804014a0:	22d000ef          	jal	80401ecc <panic>

804014a4 <iput>:
804014a4:	415c                	lw	a5,4(a0)
804014a6:	1141                	add	sp,sp,-16
804014a8:	c422                	sw	s0,8(sp)
804014aa:	c606                	sw	ra,12(sp)
804014ac:	842a                	mv	s0,a0
804014ae:	04f05263          	blez	a5,804014f2 <iput+0x4e>
804014b2:	4705                	li	a4,1
804014b4:	00e78863          	beq	a5,a4,804014c4 <iput+0x20>
804014b8:	17fd                	add	a5,a5,-1
804014ba:	40b2                	lw	ra,12(sp)
804014bc:	c05c                	sw	a5,4(s0)
804014be:	4422                	lw	s0,8(sp)
804014c0:	0141                	add	sp,sp,16
804014c2:	8082                	ret
804014c4:	00a55703          	lhu	a4,10(a0)
804014c8:	fb65                	bnez	a4,804014b8 <iput+0x14>
804014ca:	4581                	li	a1,0
804014cc:	00052623          	sw	zero,12(a0)
804014d0:	3325                	jal	804011f8 <trim_blocks>
804014d2:	04000613          	li	a2,64
804014d6:	4581                	li	a1,0
804014d8:	00840513          	add	a0,s0,8
804014dc:	030010ef          	jal	8040250c <memset>
804014e0:	8522                	mv	a0,s0
804014e2:	394d                	jal	80401194 <iupdate>
804014e4:	405c                	lw	a5,4(s0)
804014e6:	40b2                	lw	ra,12(sp)
804014e8:	17fd                	add	a5,a5,-1
804014ea:	c05c                	sw	a5,4(s0)
804014ec:	4422                	lw	s0,8(sp)
804014ee:	0141                	add	sp,sp,16
804014f0:	8082                	ret
804014f2:	410c                	lw	a1,0(a0)
804014f4:	80406537          	lui	a0,0x80406
804014f8:	12850513          	add	a0,a0,296 # 80406128 <__udivdi3+0x698>
804014fc:	1d1000ef          	jal	80401ecc <panic>

80401500 <itrunc>:
80401500:	1101                	add	sp,sp,-32
80401502:	cc22                	sw	s0,24(sp)
80401504:	ca26                	sw	s1,20(sp)
80401506:	c64e                	sw	s3,12(sp)
80401508:	ce06                	sw	ra,28(sp)
8040150a:	c84a                	sw	s2,16(sp)
8040150c:	c452                	sw	s4,8(sp)
8040150e:	c256                	sw	s5,4(sp)
80401510:	89aa                	mv	s3,a0
80401512:	00052623          	sw	zero,12(a0)
80401516:	01050413          	add	s0,a0,16
8040151a:	04050493          	add	s1,a0,64
8040151e:	a021                	j	80401526 <itrunc+0x26>
80401520:	0411                	add	s0,s0,4
80401522:	00940b63          	beq	s0,s1,80401538 <itrunc+0x38>
80401526:	4008                	lw	a0,0(s0)
80401528:	dd65                	beqz	a0,80401520 <itrunc+0x20>
8040152a:	f4aff0ef          	jal	80400c74 <bfree>
8040152e:	0411                	add	s0,s0,4
80401530:	fe042e23          	sw	zero,-4(s0)
80401534:	fe9419e3          	bne	s0,s1,80401526 <itrunc+0x26>
80401538:	0409aa03          	lw	s4,64(s3)
8040153c:	020a1063          	bnez	s4,8040155c <itrunc+0x5c>
80401540:	0449aa83          	lw	s5,68(s3)
80401544:	040a9d63          	bnez	s5,8040159e <itrunc+0x9e>
80401548:	4462                	lw	s0,24(sp)
8040154a:	40f2                	lw	ra,28(sp)
8040154c:	44d2                	lw	s1,20(sp)
8040154e:	4942                	lw	s2,16(sp)
80401550:	4a22                	lw	s4,8(sp)
80401552:	4a92                	lw	s5,4(sp)
80401554:	854e                	mv	a0,s3
80401556:	49b2                	lw	s3,12(sp)
80401558:	6105                	add	sp,sp,32
8040155a:	b92d                	j	80401194 <iupdate>
8040155c:	8552                	mv	a0,s4
8040155e:	6485                	lui	s1,0x1
80401560:	ba3fe0ef          	jal	80400102 <bread>
80401564:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
80401566:	892a                	mv	s2,a0
80401568:	01850413          	add	s0,a0,24
8040156c:	94aa                	add	s1,s1,a0
8040156e:	4008                	lw	a0,0(s0)
80401570:	c901                	beqz	a0,80401580 <itrunc+0x80>
80401572:	f02ff0ef          	jal	80400c74 <bfree>
80401576:	854a                	mv	a0,s2
80401578:	00042023          	sw	zero,0(s0)
8040157c:	be7fe0ef          	jal	80400162 <bdirty>
80401580:	0411                	add	s0,s0,4
80401582:	fe9416e3          	bne	s0,s1,8040156e <itrunc+0x6e>
80401586:	854a                	mv	a0,s2
80401588:	be1fe0ef          	jal	80400168 <brelse>
8040158c:	8552                	mv	a0,s4
8040158e:	ee6ff0ef          	jal	80400c74 <bfree>
80401592:	0449aa83          	lw	s5,68(s3)
80401596:	0409a023          	sw	zero,64(s3)
8040159a:	fa0a87e3          	beqz	s5,80401548 <itrunc+0x48>
8040159e:	8556                	mv	a0,s5
804015a0:	6905                	lui	s2,0x1
804015a2:	b61fe0ef          	jal	80400102 <bread>
804015a6:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
804015a8:	8a2a                	mv	s4,a0
804015aa:	01850413          	add	s0,a0,24
804015ae:	992a                	add	s2,s2,a0
804015b0:	40c00493          	li	s1,1036
804015b4:	4008                	lw	a0,0(s0)
804015b6:	85a6                	mv	a1,s1
804015b8:	4681                	li	a3,0
804015ba:	4605                	li	a2,1
804015bc:	c901                	beqz	a0,804015cc <itrunc+0xcc>
804015be:	f44ff0ef          	jal	80400d02 <trim_indirect>
804015c2:	8552                	mv	a0,s4
804015c4:	00042023          	sw	zero,0(s0)
804015c8:	b9bfe0ef          	jal	80400162 <bdirty>
804015cc:	0411                	add	s0,s0,4
804015ce:	40048493          	add	s1,s1,1024
804015d2:	ff2411e3          	bne	s0,s2,804015b4 <itrunc+0xb4>
804015d6:	8552                	mv	a0,s4
804015d8:	b91fe0ef          	jal	80400168 <brelse>
804015dc:	8556                	mv	a0,s5
804015de:	e96ff0ef          	jal	80400c74 <bfree>
804015e2:	0409a223          	sw	zero,68(s3)
804015e6:	b78d                	j	80401548 <itrunc+0x48>

804015e8 <readi>:
804015e8:	715d                	add	sp,sp,-80
804015ea:	de4e                	sw	s3,60(sp)
804015ec:	00c52983          	lw	s3,12(a0)
804015f0:	c0ca                	sw	s2,64(sp)
804015f2:	c686                	sw	ra,76(sp)
804015f4:	c4a2                	sw	s0,72(sp)
804015f6:	c2a6                	sw	s1,68(sp)
804015f8:	dc52                	sw	s4,56(sp)
804015fa:	da56                	sw	s5,52(sp)
804015fc:	d85a                	sw	s6,48(sp)
804015fe:	d65e                	sw	s7,44(sp)
80401600:	d462                	sw	s8,40(sp)
80401602:	d266                	sw	s9,36(sp)
80401604:	d06a                	sw	s10,32(sp)
80401606:	ce6e                	sw	s11,28(sp)
80401608:	c62e                	sw	a1,12(sp)
8040160a:	4901                	li	s2,0
8040160c:	0736f263          	bgeu	a3,s3,80401670 <readi+0x88>
80401610:	40d989b3          	sub	s3,s3,a3
80401614:	8aaa                	mv	s5,a0
80401616:	8a36                	mv	s4,a3
80401618:	8b32                	mv	s6,a2
8040161a:	09376f63          	bltu	a4,s3,804016b8 <readi+0xd0>
8040161e:	4401                	li	s0,0
80401620:	04098763          	beqz	s3,8040166e <readi+0x86>
80401624:	6c05                	lui	s8,0x1
80401626:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
8040162a:	8046fcb7          	lui	s9,0x8046f
8040162e:	008a05b3          	add	a1,s4,s0
80401632:	01a5f933          	and	s2,a1,s10
80401636:	408984b3          	sub	s1,s3,s0
8040163a:	412c07b3          	sub	a5,s8,s2
8040163e:	81b1                	srl	a1,a1,0xc
80401640:	4601                	li	a2,0
80401642:	8556                	mv	a0,s5
80401644:	0097f363          	bgeu	a5,s1,8040164a <readi+0x62>
80401648:	84be                	mv	s1,a5
8040164a:	915ff0ef          	jal	80400f5e <bmap>
8040164e:	008b0db3          	add	s11,s6,s0
80401652:	86a6                	mv	a3,s1
80401654:	6d0c8613          	add	a2,s9,1744 # 8046f6d0 <zero_block>
80401658:	85ee                	mv	a1,s11
8040165a:	e91d                	bnez	a0,80401690 <readi+0xa8>
8040165c:	4532                	lw	a0,12(sp)
8040165e:	557010ef          	jal	804033b4 <either_copyout>
80401662:	892a                	mv	s2,a0
80401664:	04094763          	bltz	s2,804016b2 <readi+0xca>
80401668:	9426                	add	s0,s0,s1
8040166a:	fd3462e3          	bltu	s0,s3,8040162e <readi+0x46>
8040166e:	894e                	mv	s2,s3
80401670:	40b6                	lw	ra,76(sp)
80401672:	4426                	lw	s0,72(sp)
80401674:	4496                	lw	s1,68(sp)
80401676:	59f2                	lw	s3,60(sp)
80401678:	5a62                	lw	s4,56(sp)
8040167a:	5ad2                	lw	s5,52(sp)
8040167c:	5b42                	lw	s6,48(sp)
8040167e:	5bb2                	lw	s7,44(sp)
80401680:	5c22                	lw	s8,40(sp)
80401682:	5c92                	lw	s9,36(sp)
80401684:	5d02                	lw	s10,32(sp)
80401686:	4df2                	lw	s11,28(sp)
80401688:	854a                	mv	a0,s2
8040168a:	4906                	lw	s2,64(sp)
8040168c:	6161                	add	sp,sp,80
8040168e:	8082                	ret
80401690:	a73fe0ef          	jal	80400102 <bread>
80401694:	8baa                	mv	s7,a0
80401696:	01850613          	add	a2,a0,24
8040169a:	4532                	lw	a0,12(sp)
8040169c:	964a                	add	a2,a2,s2
8040169e:	86a6                	mv	a3,s1
804016a0:	85ee                	mv	a1,s11
804016a2:	513010ef          	jal	804033b4 <either_copyout>
804016a6:	892a                	mv	s2,a0
804016a8:	855e                	mv	a0,s7
804016aa:	abffe0ef          	jal	80400168 <brelse>
804016ae:	fa095de3          	bgez	s2,80401668 <readi+0x80>
804016b2:	dc5d                	beqz	s0,80401670 <readi+0x88>
804016b4:	8922                	mv	s2,s0
804016b6:	bf6d                	j	80401670 <readi+0x88>
804016b8:	89ba                	mv	s3,a4
804016ba:	b795                	j	8040161e <readi+0x36>

804016bc <writei>:
804016bc:	7139                	add	sp,sp,-64
804016be:	de06                	sw	ra,60(sp)
804016c0:	dc22                	sw	s0,56(sp)
804016c2:	da26                	sw	s1,52(sp)
804016c4:	d84a                	sw	s2,48(sp)
804016c6:	d64e                	sw	s3,44(sp)
804016c8:	d452                	sw	s4,40(sp)
804016ca:	d256                	sw	s5,36(sp)
804016cc:	d05a                	sw	s6,32(sp)
804016ce:	ce5e                	sw	s7,28(sp)
804016d0:	cc62                	sw	s8,24(sp)
804016d2:	ca66                	sw	s9,20(sp)
804016d4:	c86a                	sw	s10,16(sp)
804016d6:	c66e                	sw	s11,12(sp)
804016d8:	1406c663          	bltz	a3,80401824 <writei+0x168>
804016dc:	800007b7          	lui	a5,0x80000
804016e0:	fff7c793          	not	a5,a5
804016e4:	8f95                	sub	a5,a5,a3
804016e6:	8b36                	mv	s6,a3
804016e8:	8aba                	mv	s5,a4
804016ea:	12e7ed63          	bltu	a5,a4,80401824 <writei+0x168>
804016ee:	8c2e                	mv	s8,a1
804016f0:	454c                	lw	a1,12(a0)
804016f2:	8baa                	mv	s7,a0
804016f4:	8cb2                	mv	s9,a2
804016f6:	0ad5e463          	bltu	a1,a3,8040179e <writei+0xe2>
804016fa:	12070763          	beqz	a4,80401828 <writei+0x16c>
804016fe:	6d05                	lui	s10,0x1
80401700:	4401                	li	s0,0
80401702:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80401706:	a80d                	j	80401738 <writei+0x7c>
80401708:	9fbfe0ef          	jal	80400102 <bread>
8040170c:	01850593          	add	a1,a0,24
80401710:	84aa                	mv	s1,a0
80401712:	95ce                	add	a1,a1,s3
80401714:	008c8633          	add	a2,s9,s0
80401718:	86ca                	mv	a3,s2
8040171a:	8562                	mv	a0,s8
8040171c:	455010ef          	jal	80403370 <either_copyin>
80401720:	89aa                	mv	s3,a0
80401722:	8526                	mv	a0,s1
80401724:	a3ffe0ef          	jal	80400162 <bdirty>
80401728:	8526                	mv	a0,s1
8040172a:	a3ffe0ef          	jal	80400168 <brelse>
8040172e:	0209c863          	bltz	s3,8040175e <writei+0xa2>
80401732:	944a                	add	s0,s0,s2
80401734:	09547263          	bgeu	s0,s5,804017b8 <writei+0xfc>
80401738:	008b0a33          	add	s4,s6,s0
8040173c:	01ba79b3          	and	s3,s4,s11
80401740:	408a8933          	sub	s2,s5,s0
80401744:	413d07b3          	sub	a5,s10,s3
80401748:	4605                	li	a2,1
8040174a:	00ca5593          	srl	a1,s4,0xc
8040174e:	855e                	mv	a0,s7
80401750:	0127f363          	bgeu	a5,s2,80401756 <writei+0x9a>
80401754:	893e                	mv	s2,a5
80401756:	809ff0ef          	jal	80400f5e <bmap>
8040175a:	f55d                	bnez	a0,80401708 <writei+0x4c>
8040175c:	5991                	li	s3,-28
8040175e:	00cba583          	lw	a1,12(s7)
80401762:	0145f563          	bgeu	a1,s4,8040176c <writei+0xb0>
80401766:	014ba623          	sw	s4,12(s7)
8040176a:	85d2                	mv	a1,s4
8040176c:	6785                	lui	a5,0x1
8040176e:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80401770:	95be                	add	a1,a1,a5
80401772:	81b1                	srl	a1,a1,0xc
80401774:	855e                	mv	a0,s7
80401776:	a83ff0ef          	jal	804011f8 <trim_blocks>
8040177a:	c011                	beqz	s0,8040177e <writei+0xc2>
8040177c:	89a2                	mv	s3,s0
8040177e:	50f2                	lw	ra,60(sp)
80401780:	5462                	lw	s0,56(sp)
80401782:	54d2                	lw	s1,52(sp)
80401784:	5942                	lw	s2,48(sp)
80401786:	5a22                	lw	s4,40(sp)
80401788:	5a92                	lw	s5,36(sp)
8040178a:	5b02                	lw	s6,32(sp)
8040178c:	4bf2                	lw	s7,28(sp)
8040178e:	4c62                	lw	s8,24(sp)
80401790:	4cd2                	lw	s9,20(sp)
80401792:	4d42                	lw	s10,16(sp)
80401794:	4db2                	lw	s11,12(sp)
80401796:	854e                	mv	a0,s3
80401798:	59b2                	lw	s3,44(sp)
8040179a:	6121                	add	sp,sp,64
8040179c:	8082                	ret
8040179e:	6485                	lui	s1,0x1
804017a0:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
804017a4:	8c6d                	and	s0,s0,a1
804017a6:	e815                	bnez	s0,804017da <writei+0x11e>
804017a8:	fb39                	bnez	a4,804016fe <writei+0x42>
804017aa:	00dba623          	sw	a3,12(s7)
804017ae:	9e7ff0ef          	jal	80401194 <iupdate>
804017b2:	4401                	li	s0,0
804017b4:	89a2                	mv	s3,s0
804017b6:	b7e1                	j	8040177e <writei+0xc2>
804017b8:	00cba783          	lw	a5,12(s7)
804017bc:	9b22                	add	s6,s6,s0
804017be:	0167f963          	bgeu	a5,s6,804017d0 <writei+0x114>
804017c2:	016ba623          	sw	s6,12(s7)
804017c6:	855e                	mv	a0,s7
804017c8:	9cdff0ef          	jal	80401194 <iupdate>
804017cc:	89a2                	mv	s3,s0
804017ce:	bf45                	j	8040177e <writei+0xc2>
804017d0:	855e                	mv	a0,s7
804017d2:	9c3ff0ef          	jal	80401194 <iupdate>
804017d6:	89a2                	mv	s3,s0
804017d8:	b75d                	j	8040177e <writei+0xc2>
804017da:	4601                	li	a2,0
804017dc:	81b1                	srl	a1,a1,0xc
804017de:	f80ff0ef          	jal	80400f5e <bmap>
804017e2:	ed11                	bnez	a0,804017fe <writei+0x142>
804017e4:	f00a9de3          	bnez	s5,804016fe <writei+0x42>
804017e8:	00cba783          	lw	a5,12(s7)
804017ec:	0367fe63          	bgeu	a5,s6,80401828 <writei+0x16c>
804017f0:	016ba623          	sw	s6,12(s7)
804017f4:	855e                	mv	a0,s7
804017f6:	99fff0ef          	jal	80401194 <iupdate>
804017fa:	4401                	li	s0,0
804017fc:	bf65                	j	804017b4 <writei+0xf8>
804017fe:	905fe0ef          	jal	80400102 <bread>
80401802:	892a                	mv	s2,a0
80401804:	0561                	add	a0,a0,24
80401806:	40848633          	sub	a2,s1,s0
8040180a:	4581                	li	a1,0
8040180c:	9522                	add	a0,a0,s0
8040180e:	4ff000ef          	jal	8040250c <memset>
80401812:	854a                	mv	a0,s2
80401814:	94ffe0ef          	jal	80400162 <bdirty>
80401818:	854a                	mv	a0,s2
8040181a:	94ffe0ef          	jal	80400168 <brelse>
8040181e:	ee0a90e3          	bnez	s5,804016fe <writei+0x42>
80401822:	b7d9                	j	804017e8 <writei+0x12c>
80401824:	5995                	li	s3,-27
80401826:	bfa1                	j	8040177e <writei+0xc2>
80401828:	855e                	mv	a0,s7
8040182a:	96bff0ef          	jal	80401194 <iupdate>
8040182e:	4401                	li	s0,0
80401830:	b751                	j	804017b4 <writei+0xf8>

80401832 <kalloc>:
80401832:	1141                	add	sp,sp,-16
80401834:	804297b7          	lui	a5,0x80429
80401838:	c422                	sw	s0,8(sp)
8040183a:	0347a403          	lw	s0,52(a5) # 80429034 <free_list>
8040183e:	c606                	sw	ra,12(sp)
80401840:	c809                	beqz	s0,80401852 <kalloc+0x20>
80401842:	4018                	lw	a4,0(s0)
80401844:	6605                	lui	a2,0x1
80401846:	4581                	li	a1,0
80401848:	8522                	mv	a0,s0
8040184a:	02e7aa23          	sw	a4,52(a5)
8040184e:	4bf000ef          	jal	8040250c <memset>
80401852:	40b2                	lw	ra,12(sp)
80401854:	8522                	mv	a0,s0
80401856:	4422                	lw	s0,8(sp)
80401858:	0141                	add	sp,sp,16
8040185a:	8082                	ret

8040185c <kfree>:
8040185c:	804297b7          	lui	a5,0x80429
80401860:	0307a703          	lw	a4,48(a5) # 80429030 <nranges>
80401864:	04e05a63          	blez	a4,804018b8 <kfree+0x5c>
80401868:	804727b7          	lui	a5,0x80472
8040186c:	8f478793          	add	a5,a5,-1804 # 804718f4 <ranges>
80401870:	4394                	lw	a3,0(a5)
80401872:	02d56763          	bltu	a0,a3,804018a0 <kfree+0x44>
80401876:	43d4                	lw	a3,4(a5)
80401878:	4605                	li	a2,1
8040187a:	00d536b3          	sltu	a3,a0,a3
8040187e:	00c70563          	beq	a4,a2,80401888 <kfree+0x2c>
80401882:	4798                	lw	a4,8(a5)
80401884:	02e57563          	bgeu	a0,a4,804018ae <kfree+0x52>
80401888:	01451793          	sll	a5,a0,0x14
8040188c:	e795                	bnez	a5,804018b8 <kfree+0x5c>
8040188e:	c68d                	beqz	a3,804018b8 <kfree+0x5c>
80401890:	804297b7          	lui	a5,0x80429
80401894:	0347a703          	lw	a4,52(a5) # 80429034 <free_list>
80401898:	02a7aa23          	sw	a0,52(a5)
8040189c:	c118                	sw	a4,0(a0)
8040189e:	8082                	ret
804018a0:	4685                	li	a3,1
804018a2:	00d70b63          	beq	a4,a3,804018b8 <kfree+0x5c>
804018a6:	4798                	lw	a4,8(a5)
804018a8:	00e56863          	bltu	a0,a4,804018b8 <kfree+0x5c>
804018ac:	4681                	li	a3,0
804018ae:	47dc                	lw	a5,12(a5)
804018b0:	00f537b3          	sltu	a5,a0,a5
804018b4:	8edd                	or	a3,a3,a5
804018b6:	bfc9                	j	80401888 <kfree+0x2c>
804018b8:	85aa                	mv	a1,a0
804018ba:	80406537          	lui	a0,0x80406
804018be:	1141                	add	sp,sp,-16
804018c0:	14050513          	add	a0,a0,320 # 80406140 <__udivdi3+0x6b0>
804018c4:	c606                	sw	ra,12(sp)
804018c6:	2519                	jal	80401ecc <panic>

804018c8 <kinit>:
804018c8:	804296b7          	lui	a3,0x80429
804018cc:	0306a703          	lw	a4,48(a3) # 80429030 <nranges>
804018d0:	1141                	add	sp,sp,-16
804018d2:	c606                	sw	ra,12(sp)
804018d4:	c422                	sw	s0,8(sp)
804018d6:	c226                	sw	s1,4(sp)
804018d8:	c04a                	sw	s2,0(sp)
804018da:	4789                	li	a5,2
804018dc:	04f70463          	beq	a4,a5,80401924 <kinit+0x5c>
804018e0:	6785                	lui	a5,0x1
804018e2:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804018e4:	953e                	add	a0,a0,a5
804018e6:	804727b7          	lui	a5,0x80472
804018ea:	767d                	lui	a2,0xfffff
804018ec:	00371813          	sll	a6,a4,0x3
804018f0:	8f478793          	add	a5,a5,-1804 # 804718f4 <ranges>
804018f4:	97c2                	add	a5,a5,a6
804018f6:	00c574b3          	and	s1,a0,a2
804018fa:	00c5f433          	and	s0,a1,a2
804018fe:	0705                	add	a4,a4,1
80401900:	c384                	sw	s1,0(a5)
80401902:	c3c0                	sw	s0,4(a5)
80401904:	02e6a823          	sw	a4,48(a3)
80401908:	0084f863          	bgeu	s1,s0,80401918 <kinit+0x50>
8040190c:	797d                	lui	s2,0xfffff
8040190e:	944a                	add	s0,s0,s2
80401910:	8522                	mv	a0,s0
80401912:	37a9                	jal	8040185c <kfree>
80401914:	fe84ede3          	bltu	s1,s0,8040190e <kinit+0x46>
80401918:	40b2                	lw	ra,12(sp)
8040191a:	4422                	lw	s0,8(sp)
8040191c:	4492                	lw	s1,4(sp)
8040191e:	4902                	lw	s2,0(sp)
80401920:	0141                	add	sp,sp,16
80401922:	8082                	ret
80401924:	80406537          	lui	a0,0x80406
80401928:	15450513          	add	a0,a0,340 # 80406154 <__udivdi3+0x6c4>
8040192c:	2345                	jal	80401ecc <panic>

8040192e <power_off>:
8040192e:	1141                	add	sp,sp,-16
80401930:	c606                	sw	ra,12(sp)
80401932:	c422                	sw	s0,8(sp)
80401934:	842a                	mv	s0,a0
80401936:	121000ef          	jal	80402256 <proc_close_all>
8040193a:	847ff0ef          	jal	80401180 <fs_mounted>
8040193e:	e501                	bnez	a0,80401946 <power_off+0x18>
80401940:	8522                	mv	a0,s0
80401942:	463010ef          	jal	804035a4 <arch_power_off>
80401946:	859fe0ef          	jal	8040019e <bio_flush>
8040194a:	bfdd                	j	80401940 <power_off+0x12>

8040194c <kernel_run>:
8040194c:	7135                	add	sp,sp,-160
8040194e:	cb26                	sw	s1,148(sp)
80401950:	84ae                	mv	s1,a1
80401952:	cd22                	sw	s0,152(sp)
80401954:	cf06                	sw	ra,156(sp)
80401956:	842a                	mv	s0,a0
80401958:	f66fe0ef          	jal	804000be <bio_init>
8040195c:	e8c9                	bnez	s1,804019ee <kernel_run+0xa2>
8040195e:	2b6d                	jal	80401f18 <proc_init>
80401960:	258010ef          	jal	80402bb8 <timer_init>
80401964:	00044783          	lbu	a5,0(s0)
80401968:	c7d1                	beqz	a5,804019f4 <kernel_run+0xa8>
8040196a:	0070                	add	a2,sp,12
8040196c:	4481                	li	s1,0
8040196e:	02000713          	li	a4,32
80401972:	46a5                	li	a3,9
80401974:	00e78463          	beq	a5,a4,8040197c <kernel_run+0x30>
80401978:	00d79863          	bne	a5,a3,80401988 <kernel_run+0x3c>
8040197c:	00144783          	lbu	a5,1(s0)
80401980:	0405                	add	s0,s0,1
80401982:	fe040fa3          	sb	zero,-1(s0)
80401986:	b7fd                	j	80401974 <kernel_run+0x28>
80401988:	e3a9                	bnez	a5,804019ca <kernel_run+0x7e>
8040198a:	02000713          	li	a4,32
8040198e:	46a5                	li	a3,9
80401990:	00044783          	lbu	a5,0(s0)
80401994:	00e78463          	beq	a5,a4,8040199c <kernel_run+0x50>
80401998:	00d79463          	bne	a5,a3,804019a0 <kernel_run+0x54>
8040199c:	0405                	add	s0,s0,1
8040199e:	bfcd                	j	80401990 <kernel_run+0x44>
804019a0:	efa1                	bnez	a5,804019f8 <kernel_run+0xac>
804019a2:	00249793          	sll	a5,s1,0x2
804019a6:	09078793          	add	a5,a5,144
804019aa:	978a                	add	a5,a5,sp
804019ac:	f607ae23          	sw	zero,-132(a5)
804019b0:	c4b5                	beqz	s1,80401a1c <kernel_run+0xd0>
804019b2:	4532                	lw	a0,12(sp)
804019b4:	4601                	li	a2,0
804019b6:	006c                	add	a1,sp,12
804019b8:	ddbfe0ef          	jal	80400792 <proc_spawn>
804019bc:	57f9                	li	a5,-2
804019be:	862a                	mv	a2,a0
804019c0:	04f50563          	beq	a0,a5,80401a0a <kernel_run+0xbe>
804019c4:	08054563          	bltz	a0,80401a4e <kernel_run+0x102>
804019c8:	2d6d                	jal	80402082 <scheduler>
804019ca:	0485                	add	s1,s1,1
804019cc:	c200                	sw	s0,0(a2)
804019ce:	a019                	j	804019d4 <kernel_run+0x88>
804019d0:	00d78863          	beq	a5,a3,804019e0 <kernel_run+0x94>
804019d4:	00144783          	lbu	a5,1(s0)
804019d8:	0405                	add	s0,s0,1
804019da:	dbc5                	beqz	a5,8040198a <kernel_run+0x3e>
804019dc:	fee79ae3          	bne	a5,a4,804019d0 <kernel_run+0x84>
804019e0:	00044783          	lbu	a5,0(s0)
804019e4:	d3dd                	beqz	a5,8040198a <kernel_run+0x3e>
804019e6:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7faf9004>
804019e8:	f8e496e3          	bne	s1,a4,80401974 <kernel_run+0x28>
804019ec:	bf79                	j	8040198a <kernel_run+0x3e>
804019ee:	ec4ff0ef          	jal	804010b2 <fs_init>
804019f2:	b7b5                	j	8040195e <kernel_run+0x12>
804019f4:	4481                	li	s1,0
804019f6:	bf51                	j	8040198a <kernel_run+0x3e>
804019f8:	80406537          	lui	a0,0x80406
804019fc:	1a050513          	add	a0,a0,416 # 804061a0 <__udivdi3+0x710>
80401a00:	02000593          	li	a1,32
80401a04:	214d                	jal	80401ea6 <kprintf>
80401a06:	4509                	li	a0,2
80401a08:	371d                	jal	8040192e <power_off>
80401a0a:	45b2                	lw	a1,12(sp)
80401a0c:	80406537          	lui	a0,0x80406
80401a10:	1d050513          	add	a0,a0,464 # 804061d0 <__udivdi3+0x740>
80401a14:	2949                	jal	80401ea6 <kprintf>
80401a16:	07f00513          	li	a0,127
80401a1a:	3f11                	jal	8040192e <power_off>
80401a1c:	80406537          	lui	a0,0x80406
80401a20:	16c50513          	add	a0,a0,364 # 8040616c <__udivdi3+0x6dc>
80401a24:	2149                	jal	80401ea6 <kprintf>
80401a26:	80406437          	lui	s0,0x80406
80401a2a:	a031                	j	80401a36 <kernel_run+0xea>
80401a2c:	438c                	lw	a1,0(a5)
80401a2e:	19840513          	add	a0,s0,408 # 80406198 <__udivdi3+0x708>
80401a32:	0485                	add	s1,s1,1
80401a34:	298d                	jal	80401ea6 <kprintf>
80401a36:	8526                	mv	a0,s1
80401a38:	2b7000ef          	jal	804024ee <program_at>
80401a3c:	87aa                	mv	a5,a0
80401a3e:	f57d                	bnez	a0,80401a2c <kernel_run+0xe0>
80401a40:	80406537          	lui	a0,0x80406
80401a44:	19c50513          	add	a0,a0,412 # 8040619c <__udivdi3+0x70c>
80401a48:	29b9                	jal	80401ea6 <kprintf>
80401a4a:	4509                	li	a0,2
80401a4c:	35cd                	jal	8040192e <power_off>
80401a4e:	45b2                	lw	a1,12(sp)
80401a50:	80406537          	lui	a0,0x80406
80401a54:	1e850513          	add	a0,a0,488 # 804061e8 <__udivdi3+0x758>
80401a58:	40c00633          	neg	a2,a2
80401a5c:	21a9                	jal	80401ea6 <kprintf>
80401a5e:	07e00513          	li	a0,126
80401a62:	35f1                	jal	8040192e <power_off>

80401a64 <net_input>:
80401a64:	fff58713          	add	a4,a1,-1
80401a68:	5e900793          	li	a5,1513
80401a6c:	08e7e963          	bltu	a5,a4,80401afe <net_input+0x9a>
80401a70:	1101                	add	sp,sp,-32
80401a72:	c64e                	sw	s3,12(sp)
80401a74:	c452                	sw	s4,8(sp)
80401a76:	804299b7          	lui	s3,0x80429
80401a7a:	80429a37          	lui	s4,0x80429
80401a7e:	03c9a783          	lw	a5,60(s3) # 8042903c <rxq_tail>
80401a82:	040a2703          	lw	a4,64(s4) # 80429040 <rxq_head>
80401a86:	ce06                	sw	ra,28(sp)
80401a88:	cc22                	sw	s0,24(sp)
80401a8a:	ca26                	sw	s1,20(sp)
80401a8c:	c84a                	sw	s2,16(sp)
80401a8e:	46fd                	li	a3,31
80401a90:	40e78733          	sub	a4,a5,a4
80401a94:	02e6f163          	bgeu	a3,a4,80401ab6 <net_input+0x52>
80401a98:	80429737          	lui	a4,0x80429
80401a9c:	03872783          	lw	a5,56(a4) # 80429038 <rxq_dropped>
80401aa0:	40f2                	lw	ra,28(sp)
80401aa2:	4462                	lw	s0,24(sp)
80401aa4:	0785                	add	a5,a5,1
80401aa6:	02f72c23          	sw	a5,56(a4)
80401aaa:	44d2                	lw	s1,20(sp)
80401aac:	4942                	lw	s2,16(sp)
80401aae:	49b2                	lw	s3,12(sp)
80401ab0:	4a22                	lw	s4,8(sp)
80401ab2:	6105                	add	sp,sp,32
80401ab4:	8082                	ret
80401ab6:	8bfd                	and	a5,a5,31
80401ab8:	5f000713          	li	a4,1520
80401abc:	02e784b3          	mul	s1,a5,a4
80401ac0:	80472937          	lui	s2,0x80472
80401ac4:	842e                	mv	s0,a1
80401ac6:	ef090913          	add	s2,s2,-272 # 80471ef0 <rxq>
80401aca:	862e                	mv	a2,a1
80401acc:	85aa                	mv	a1,a0
80401ace:	00448513          	add	a0,s1,4
80401ad2:	954a                	add	a0,a0,s2
80401ad4:	27b000ef          	jal	8040254e <memcpy>
80401ad8:	03c9a783          	lw	a5,60(s3)
80401adc:	9926                	add	s2,s2,s1
80401ade:	00892023          	sw	s0,0(s2)
80401ae2:	0785                	add	a5,a5,1
80401ae4:	4462                	lw	s0,24(sp)
80401ae6:	40f2                	lw	ra,28(sp)
80401ae8:	44d2                	lw	s1,20(sp)
80401aea:	4942                	lw	s2,16(sp)
80401aec:	02f9ae23          	sw	a5,60(s3)
80401af0:	040a0513          	add	a0,s4,64
80401af4:	49b2                	lw	s3,12(sp)
80401af6:	4a22                	lw	s4,8(sp)
80401af8:	6105                	add	sp,sp,32
80401afa:	72a0006f          	j	80402224 <wakeup>
80401afe:	80429737          	lui	a4,0x80429
80401b02:	03872783          	lw	a5,56(a4) # 80429038 <rxq_dropped>
80401b06:	0785                	add	a5,a5,1
80401b08:	02f72c23          	sw	a5,56(a4)
80401b0c:	8082                	ret

80401b0e <sys_netinfo>:
80401b0e:	1141                	add	sp,sp,-16
80401b10:	c606                	sw	ra,12(sp)
80401b12:	c422                	sw	s0,8(sp)
80401b14:	c226                	sw	s1,4(sp)
80401b16:	0e7020ef          	jal	804043fc <arch_net_mac>
80401b1a:	c905                	beqz	a0,80401b4a <sys_netinfo+0x3c>
80401b1c:	842a                	mv	s0,a0
80401b1e:	212d                	jal	80401f48 <myproc>
80401b20:	5904                	lw	s1,48(a0)
80401b22:	4501                	li	a0,0
80401b24:	37b000ef          	jal	8040269e <arg_raw>
80401b28:	85aa                	mv	a1,a0
80401b2a:	4699                	li	a3,6
80401b2c:	8622                	mv	a2,s0
80401b2e:	8526                	mv	a0,s1
80401b30:	6d0010ef          	jal	80403200 <copyout>
80401b34:	87aa                	mv	a5,a0
80401b36:	4501                	li	a0,0
80401b38:	0007c763          	bltz	a5,80401b46 <sys_netinfo+0x38>
80401b3c:	40b2                	lw	ra,12(sp)
80401b3e:	4422                	lw	s0,8(sp)
80401b40:	4492                	lw	s1,4(sp)
80401b42:	0141                	add	sp,sp,16
80401b44:	8082                	ret
80401b46:	5549                	li	a0,-14
80401b48:	bfd5                	j	80401b3c <sys_netinfo+0x2e>
80401b4a:	5535                	li	a0,-19
80401b4c:	bfc5                	j	80401b3c <sys_netinfo+0x2e>

80401b4e <sys_netsend>:
80401b4e:	1141                	add	sp,sp,-16
80401b50:	c606                	sw	ra,12(sp)
80401b52:	c422                	sw	s0,8(sp)
80401b54:	c226                	sw	s1,4(sp)
80401b56:	c04a                	sw	s2,0(sp)
80401b58:	0a5020ef          	jal	804043fc <arch_net_mac>
80401b5c:	c931                	beqz	a0,80401bb0 <sys_netsend+0x62>
80401b5e:	4505                	li	a0,1
80401b60:	33f000ef          	jal	8040269e <arg_raw>
80401b64:	ff250713          	add	a4,a0,-14
80401b68:	5dc00793          	li	a5,1500
80401b6c:	842a                	mv	s0,a0
80401b6e:	04e7e363          	bltu	a5,a4,80401bb4 <sys_netsend+0x66>
80401b72:	2ed9                	jal	80401f48 <myproc>
80401b74:	03052903          	lw	s2,48(a0)
80401b78:	4501                	li	a0,0
80401b7a:	325000ef          	jal	8040269e <arg_raw>
80401b7e:	804724b7          	lui	s1,0x80472
80401b82:	862a                	mv	a2,a0
80401b84:	86a2                	mv	a3,s0
80401b86:	90448593          	add	a1,s1,-1788 # 80471904 <tx_frame>
80401b8a:	854a                	mv	a0,s2
80401b8c:	5be010ef          	jal	8040314a <copyin>
80401b90:	02054463          	bltz	a0,80401bb8 <sys_netsend+0x6a>
80401b94:	85a2                	mv	a1,s0
80401b96:	90448513          	add	a0,s1,-1788
80401b9a:	079020ef          	jal	80404412 <arch_net_send>
80401b9e:	00054963          	bltz	a0,80401bb0 <sys_netsend+0x62>
80401ba2:	8522                	mv	a0,s0
80401ba4:	40b2                	lw	ra,12(sp)
80401ba6:	4422                	lw	s0,8(sp)
80401ba8:	4492                	lw	s1,4(sp)
80401baa:	4902                	lw	s2,0(sp)
80401bac:	0141                	add	sp,sp,16
80401bae:	8082                	ret
80401bb0:	5535                	li	a0,-19
80401bb2:	bfcd                	j	80401ba4 <sys_netsend+0x56>
80401bb4:	5529                	li	a0,-22
80401bb6:	b7fd                	j	80401ba4 <sys_netsend+0x56>
80401bb8:	5549                	li	a0,-14
80401bba:	b7ed                	j	80401ba4 <sys_netsend+0x56>

80401bbc <sys_netrecv>:
80401bbc:	1101                	add	sp,sp,-32
80401bbe:	ce06                	sw	ra,28(sp)
80401bc0:	cc22                	sw	s0,24(sp)
80401bc2:	ca26                	sw	s1,20(sp)
80401bc4:	c84a                	sw	s2,16(sp)
80401bc6:	c64e                	sw	s3,12(sp)
80401bc8:	c452                	sw	s4,8(sp)
80401bca:	c256                	sw	s5,4(sp)
80401bcc:	031020ef          	jal	804043fc <arch_net_mac>
80401bd0:	0e050b63          	beqz	a0,80401cc6 <sys_netrecv+0x10a>
80401bd4:	4501                	li	a0,0
80401bd6:	2c9000ef          	jal	8040269e <arg_raw>
80401bda:	89aa                	mv	s3,a0
80401bdc:	4505                	li	a0,1
80401bde:	2c1000ef          	jal	8040269e <arg_raw>
80401be2:	8a2a                	mv	s4,a0
80401be4:	c8102473          	rdtimeh	s0
80401be8:	c01024f3          	rdtime	s1
80401bec:	c81027f3          	rdtimeh	a5
80401bf0:	fef41ae3          	bne	s0,a5,80401be4 <sys_netrecv+0x28>
80401bf4:	4509                	li	a0,2
80401bf6:	2a9000ef          	jal	8040269e <arg_raw>
80401bfa:	6689                	lui	a3,0x2
80401bfc:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401c00:	02d507b3          	mul	a5,a0,a3
80401c04:	80429937          	lui	s2,0x80429
80401c08:	80429ab7          	lui	s5,0x80429
80401c0c:	04092703          	lw	a4,64(s2) # 80429040 <rxq_head>
80401c10:	03caa603          	lw	a2,60(s5) # 8042903c <rxq_tail>
80401c14:	02d536b3          	mulhu	a3,a0,a3
80401c18:	94be                	add	s1,s1,a5
80401c1a:	00f4b7b3          	sltu	a5,s1,a5
80401c1e:	96a2                	add	a3,a3,s0
80401c20:	00d78433          	add	s0,a5,a3
80401c24:	02c71763          	bne	a4,a2,80401c52 <sys_netrecv+0x96>
80401c28:	c81027f3          	rdtimeh	a5
80401c2c:	c01026f3          	rdtime	a3
80401c30:	c8102773          	rdtimeh	a4
80401c34:	fee79ae3          	bne	a5,a4,80401c28 <sys_netrecv+0x6c>
80401c38:	85a6                	mv	a1,s1
80401c3a:	8622                	mv	a2,s0
80401c3c:	04090513          	add	a0,s2,64
80401c40:	0487fc63          	bgeu	a5,s0,80401c98 <sys_netrecv+0xdc>
80401c44:	2ba1                	jal	8040219c <sleep_until>
80401c46:	04092703          	lw	a4,64(s2)
80401c4a:	03caa783          	lw	a5,60(s5)
80401c4e:	fcf70de3          	beq	a4,a5,80401c28 <sys_netrecv+0x6c>
80401c52:	01f77413          	and	s0,a4,31
80401c56:	5f000793          	li	a5,1520
80401c5a:	02f407b3          	mul	a5,s0,a5
80401c5e:	80472ab7          	lui	s5,0x80472
80401c62:	ef0a8a93          	add	s5,s5,-272 # 80471ef0 <rxq>
80401c66:	97d6                	add	a5,a5,s5
80401c68:	4384                	lw	s1,0(a5)
80401c6a:	0344e363          	bltu	s1,s4,80401c90 <sys_netrecv+0xd4>
80401c6e:	020a1b63          	bnez	s4,80401ca4 <sys_netrecv+0xe8>
80401c72:	04092783          	lw	a5,64(s2)
80401c76:	8526                	mv	a0,s1
80401c78:	0785                	add	a5,a5,1
80401c7a:	04f92023          	sw	a5,64(s2)
80401c7e:	40f2                	lw	ra,28(sp)
80401c80:	4462                	lw	s0,24(sp)
80401c82:	44d2                	lw	s1,20(sp)
80401c84:	4942                	lw	s2,16(sp)
80401c86:	49b2                	lw	s3,12(sp)
80401c88:	4a22                	lw	s4,8(sp)
80401c8a:	4a92                	lw	s5,4(sp)
80401c8c:	6105                	add	sp,sp,32
80401c8e:	8082                	ret
80401c90:	8a26                	mv	s4,s1
80401c92:	fe0a00e3          	beqz	s4,80401c72 <sys_netrecv+0xb6>
80401c96:	a039                	j	80401ca4 <sys_netrecv+0xe8>
80401c98:	00f41463          	bne	s0,a5,80401ca0 <sys_netrecv+0xe4>
80401c9c:	fa96e4e3          	bltu	a3,s1,80401c44 <sys_netrecv+0x88>
80401ca0:	4501                	li	a0,0
80401ca2:	bff1                	j	80401c7e <sys_netrecv+0xc2>
80401ca4:	2455                	jal	80401f48 <myproc>
80401ca6:	5f000793          	li	a5,1520
80401caa:	02f40733          	mul	a4,s0,a5
80401cae:	5908                	lw	a0,48(a0)
80401cb0:	86d2                	mv	a3,s4
80401cb2:	85ce                	mv	a1,s3
80401cb4:	0711                	add	a4,a4,4
80401cb6:	00ea8633          	add	a2,s5,a4
80401cba:	546010ef          	jal	80403200 <copyout>
80401cbe:	fa055ae3          	bgez	a0,80401c72 <sys_netrecv+0xb6>
80401cc2:	5549                	li	a0,-14
80401cc4:	bf6d                	j	80401c7e <sys_netrecv+0xc2>
80401cc6:	5535                	li	a0,-19
80401cc8:	bf5d                	j	80401c7e <sys_netrecv+0xc2>

80401cca <print_uint>:
80401cca:	7179                	add	sp,sp,-48
80401ccc:	ce4e                	sw	s3,28(sp)
80401cce:	89b2                	mv	s3,a2
80401cd0:	80406637          	lui	a2,0x80406
80401cd4:	d422                	sw	s0,40(sp)
80401cd6:	d04a                	sw	s2,32(sp)
80401cd8:	cc52                	sw	s4,24(sp)
80401cda:	d606                	sw	ra,44(sp)
80401cdc:	d226                	sw	s1,36(sp)
80401cde:	8a36                	mv	s4,a3
80401ce0:	4401                	li	s0,0
80401ce2:	00410913          	add	s2,sp,4
80401ce6:	20c60613          	add	a2,a2,524 # 8040620c <__udivdi3+0x77c>
80401cea:	02b577b3          	remu	a5,a0,a1
80401cee:	0405                	add	s0,s0,1
80401cf0:	008904b3          	add	s1,s2,s0
80401cf4:	872a                	mv	a4,a0
80401cf6:	97b2                	add	a5,a5,a2
80401cf8:	0007c783          	lbu	a5,0(a5)
80401cfc:	02b55533          	divu	a0,a0,a1
80401d00:	fef48fa3          	sb	a5,-1(s1)
80401d04:	feb773e3          	bgeu	a4,a1,80401cea <print_uint+0x20>
80401d08:	01345863          	bge	s0,s3,80401d18 <print_uint+0x4e>
80401d0c:	0405                	add	s0,s0,1
80401d0e:	8552                	mv	a0,s4
80401d10:	355010ef          	jal	80403864 <arch_console_putc>
80401d14:	fe899ce3          	bne	s3,s0,80401d0c <print_uint+0x42>
80401d18:	fff4c503          	lbu	a0,-1(s1)
80401d1c:	14fd                	add	s1,s1,-1
80401d1e:	347010ef          	jal	80403864 <arch_console_putc>
80401d22:	fe991be3          	bne	s2,s1,80401d18 <print_uint+0x4e>
80401d26:	50b2                	lw	ra,44(sp)
80401d28:	5422                	lw	s0,40(sp)
80401d2a:	5492                	lw	s1,36(sp)
80401d2c:	5902                	lw	s2,32(sp)
80401d2e:	49f2                	lw	s3,28(sp)
80401d30:	4a62                	lw	s4,24(sp)
80401d32:	6145                	add	sp,sp,48
80401d34:	8082                	ret

80401d36 <vkprintf>:
80401d36:	7139                	add	sp,sp,-64
80401d38:	cc62                	sw	s8,24(sp)
80401d3a:	de06                	sw	ra,60(sp)
80401d3c:	dc22                	sw	s0,56(sp)
80401d3e:	da26                	sw	s1,52(sp)
80401d40:	d84a                	sw	s2,48(sp)
80401d42:	d64e                	sw	s3,44(sp)
80401d44:	d452                	sw	s4,40(sp)
80401d46:	d256                	sw	s5,36(sp)
80401d48:	d05a                	sw	s6,32(sp)
80401d4a:	ce5e                	sw	s7,28(sp)
80401d4c:	8c2a                	mv	s8,a0
80401d4e:	00054503          	lbu	a0,0(a0)
80401d52:	c515                	beqz	a0,80401d7e <vkprintf+0x48>
80401d54:	80406ab7          	lui	s5,0x80406
80401d58:	89ae                	mv	s3,a1
80401d5a:	02500913          	li	s2,37
80401d5e:	03000a13          	li	s4,48
80401d62:	4ba5                	li	s7,9
80401d64:	4b55                	li	s6,21
80401d66:	228a8a93          	add	s5,s5,552 # 80406228 <__udivdi3+0x798>
80401d6a:	03250663          	beq	a0,s2,80401d96 <vkprintf+0x60>
80401d6e:	2f7010ef          	jal	80403864 <arch_console_putc>
80401d72:	8462                	mv	s0,s8
80401d74:	00144503          	lbu	a0,1(s0)
80401d78:	00140c13          	add	s8,s0,1
80401d7c:	f57d                	bnez	a0,80401d6a <vkprintf+0x34>
80401d7e:	50f2                	lw	ra,60(sp)
80401d80:	5462                	lw	s0,56(sp)
80401d82:	54d2                	lw	s1,52(sp)
80401d84:	5942                	lw	s2,48(sp)
80401d86:	59b2                	lw	s3,44(sp)
80401d88:	5a22                	lw	s4,40(sp)
80401d8a:	5a92                	lw	s5,36(sp)
80401d8c:	5b02                	lw	s6,32(sp)
80401d8e:	4bf2                	lw	s7,28(sp)
80401d90:	4c62                	lw	s8,24(sp)
80401d92:	6121                	add	sp,sp,64
80401d94:	8082                	ret
80401d96:	001c4483          	lbu	s1,1(s8)
80401d9a:	001c0413          	add	s0,s8,1
80401d9e:	02000693          	li	a3,32
80401da2:	01449863          	bne	s1,s4,80401db2 <vkprintf+0x7c>
80401da6:	002c4483          	lbu	s1,2(s8)
80401daa:	002c0413          	add	s0,s8,2
80401dae:	03000693          	li	a3,48
80401db2:	fd048713          	add	a4,s1,-48
80401db6:	0ff77793          	zext.b	a5,a4
80401dba:	4601                	li	a2,0
80401dbc:	02fbe163          	bltu	s7,a5,80401dde <vkprintf+0xa8>
80401dc0:	00144483          	lbu	s1,1(s0)
80401dc4:	00261793          	sll	a5,a2,0x2
80401dc8:	97b2                	add	a5,a5,a2
80401dca:	0786                	sll	a5,a5,0x1
80401dcc:	00f70633          	add	a2,a4,a5
80401dd0:	fd048713          	add	a4,s1,-48
80401dd4:	0ff77793          	zext.b	a5,a4
80401dd8:	0405                	add	s0,s0,1
80401dda:	fefbf3e3          	bgeu	s7,a5,80401dc0 <vkprintf+0x8a>
80401dde:	d0c5                	beqz	s1,80401d7e <vkprintf+0x48>
80401de0:	01248c63          	beq	s1,s2,80401df8 <vkprintf+0xc2>
80401de4:	f9d48793          	add	a5,s1,-99
80401de8:	0ff7f793          	zext.b	a5,a5
80401dec:	00fb6b63          	bltu	s6,a5,80401e02 <vkprintf+0xcc>
80401df0:	078a                	sll	a5,a5,0x2
80401df2:	97d6                	add	a5,a5,s5
80401df4:	439c                	lw	a5,0(a5)
80401df6:	8782                	jr	a5
80401df8:	02500513          	li	a0,37
80401dfc:	269010ef          	jal	80403864 <arch_console_putc>
80401e00:	bf95                	j	80401d74 <vkprintf+0x3e>
80401e02:	02500513          	li	a0,37
80401e06:	25f010ef          	jal	80403864 <arch_console_putc>
80401e0a:	8526                	mv	a0,s1
80401e0c:	259010ef          	jal	80403864 <arch_console_putc>
80401e10:	b795                	j	80401d74 <vkprintf+0x3e>
80401e12:	0009a503          	lw	a0,0(s3)
80401e16:	45c1                	li	a1,16
80401e18:	0991                	add	s3,s3,4
80401e1a:	3d45                	jal	80401cca <print_uint>
80401e1c:	bfa1                	j	80401d74 <vkprintf+0x3e>
80401e1e:	0009a503          	lw	a0,0(s3)
80401e22:	45a9                	li	a1,10
80401e24:	0991                	add	s3,s3,4
80401e26:	bfd5                	j	80401e1a <vkprintf+0xe4>
80401e28:	0009a483          	lw	s1,0(s3)
80401e2c:	0991                	add	s3,s3,4
80401e2e:	e489                	bnez	s1,80401e38 <vkprintf+0x102>
80401e30:	a0a5                	j	80401e98 <vkprintf+0x162>
80401e32:	0485                	add	s1,s1,1
80401e34:	231010ef          	jal	80403864 <arch_console_putc>
80401e38:	0004c503          	lbu	a0,0(s1)
80401e3c:	f97d                	bnez	a0,80401e32 <vkprintf+0xfc>
80401e3e:	bf1d                	j	80401d74 <vkprintf+0x3e>
80401e40:	03000513          	li	a0,48
80401e44:	221010ef          	jal	80403864 <arch_console_putc>
80401e48:	07800513          	li	a0,120
80401e4c:	219010ef          	jal	80403864 <arch_console_putc>
80401e50:	0009a503          	lw	a0,0(s3)
80401e54:	03000693          	li	a3,48
80401e58:	0991                	add	s3,s3,4
80401e5a:	4621                	li	a2,8
80401e5c:	45c1                	li	a1,16
80401e5e:	bf75                	j	80401e1a <vkprintf+0xe4>
80401e60:	0009a483          	lw	s1,0(s3)
80401e64:	0991                	add	s3,s3,4
80401e66:	0004cc63          	bltz	s1,80401e7e <vkprintf+0x148>
80401e6a:	45a9                	li	a1,10
80401e6c:	8526                	mv	a0,s1
80401e6e:	3db1                	jal	80401cca <print_uint>
80401e70:	b711                	j	80401d74 <vkprintf+0x3e>
80401e72:	0009a503          	lw	a0,0(s3)
80401e76:	0991                	add	s3,s3,4
80401e78:	1ed010ef          	jal	80403864 <arch_console_putc>
80401e7c:	bde5                	j	80401d74 <vkprintf+0x3e>
80401e7e:	02d00513          	li	a0,45
80401e82:	c636                	sw	a3,12(sp)
80401e84:	c432                	sw	a2,8(sp)
80401e86:	1df010ef          	jal	80403864 <arch_console_putc>
80401e8a:	46b2                	lw	a3,12(sp)
80401e8c:	4622                	lw	a2,8(sp)
80401e8e:	45a9                	li	a1,10
80401e90:	40900533          	neg	a0,s1
80401e94:	3d1d                	jal	80401cca <print_uint>
80401e96:	bdf9                	j	80401d74 <vkprintf+0x3e>
80401e98:	804064b7          	lui	s1,0x80406
80401e9c:	02800513          	li	a0,40
80401ea0:	22048493          	add	s1,s1,544 # 80406220 <__udivdi3+0x790>
80401ea4:	b779                	j	80401e32 <vkprintf+0xfc>

80401ea6 <kprintf>:
80401ea6:	7139                	add	sp,sp,-64
80401ea8:	02410313          	add	t1,sp,36
80401eac:	d22e                	sw	a1,36(sp)
80401eae:	859a                	mv	a1,t1
80401eb0:	ce06                	sw	ra,28(sp)
80401eb2:	d432                	sw	a2,40(sp)
80401eb4:	d636                	sw	a3,44(sp)
80401eb6:	d83a                	sw	a4,48(sp)
80401eb8:	da3e                	sw	a5,52(sp)
80401eba:	dc42                	sw	a6,56(sp)
80401ebc:	de46                	sw	a7,60(sp)
80401ebe:	c61a                	sw	t1,12(sp)
80401ec0:	3d9d                	jal	80401d36 <vkprintf>
80401ec2:	203010ef          	jal	804038c4 <arch_console_flush>
80401ec6:	40f2                	lw	ra,28(sp)
80401ec8:	6121                	add	sp,sp,64
80401eca:	8082                	ret

80401ecc <panic>:
80401ecc:	80429337          	lui	t1,0x80429
80401ed0:	09c32303          	lw	t1,156(t1) # 8042909c <pv_shared_info>
80401ed4:	7139                	add	sp,sp,-64
80401ed6:	cc22                	sw	s0,24(sp)
80401ed8:	da3e                	sw	a5,52(sp)
80401eda:	ce06                	sw	ra,28(sp)
80401edc:	d22e                	sw	a1,36(sp)
80401ede:	d432                	sw	a2,40(sp)
80401ee0:	d636                	sw	a3,44(sp)
80401ee2:	d83a                	sw	a4,48(sp)
80401ee4:	dc42                	sw	a6,56(sp)
80401ee6:	de46                	sw	a7,60(sp)
80401ee8:	4785                	li	a5,1
80401eea:	842a                	mv	s0,a0
80401eec:	00f300a3          	sb	a5,1(t1)
80401ef0:	80406537          	lui	a0,0x80406
80401ef4:	28050513          	add	a0,a0,640 # 80406280 <__udivdi3+0x7f0>
80401ef8:	377d                	jal	80401ea6 <kprintf>
80401efa:	104c                	add	a1,sp,36
80401efc:	8522                	mv	a0,s0
80401efe:	c62e                	sw	a1,12(sp)
80401f00:	3d1d                	jal	80401d36 <vkprintf>
80401f02:	4529                	li	a0,10
80401f04:	161010ef          	jal	80403864 <arch_console_putc>
80401f08:	1bd010ef          	jal	804038c4 <arch_console_flush>
80401f0c:	6b6010ef          	jal	804035c2 <arch_crash>

80401f10 <proc_first_run>:
80401f10:	1141                	add	sp,sp,-16
80401f12:	c606                	sw	ra,12(sp)
80401f14:	611000ef          	jal	80402d24 <user_trap_return>

80401f18 <proc_init>:
80401f18:	804fe6b7          	lui	a3,0x804fe
80401f1c:	660d                	lui	a2,0x3
80401f1e:	03c60613          	add	a2,a2,60 # 303c <_entry-0x803fcfc4>
80401f22:	8047e737          	lui	a4,0x8047e
80401f26:	804fe7b7          	lui	a5,0x804fe
80401f2a:	d3068693          	add	a3,a3,-720 # 804fdd30 <procs>
80401f2e:	96b2                	add	a3,a3,a2
80401f30:	d3070713          	add	a4,a4,-720 # 8047dd30 <kstacks>
80401f34:	d6c78793          	add	a5,a5,-660 # 804fdd6c <procs+0x3c>
80401f38:	6609                	lui	a2,0x2
80401f3a:	c398                	sw	a4,0(a5)
80401f3c:	0c078793          	add	a5,a5,192
80401f40:	9732                	add	a4,a4,a2
80401f42:	fed79ce3          	bne	a5,a3,80401f3a <proc_init+0x22>
80401f46:	8082                	ret

80401f48 <myproc>:
80401f48:	804297b7          	lui	a5,0x80429
80401f4c:	0487a503          	lw	a0,72(a5) # 80429048 <current>
80401f50:	8082                	ret

80401f52 <proc_alloc>:
80401f52:	1101                	add	sp,sp,-32
80401f54:	804fe7b7          	lui	a5,0x804fe
80401f58:	cc22                	sw	s0,24(sp)
80401f5a:	c64e                	sw	s3,12(sp)
80401f5c:	ce06                	sw	ra,28(sp)
80401f5e:	d3078993          	add	s3,a5,-720 # 804fdd30 <procs>
80401f62:	ca26                	sw	s1,20(sp)
80401f64:	c84a                	sw	s2,16(sp)
80401f66:	c452                	sw	s4,8(sp)
80401f68:	d3078793          	add	a5,a5,-720
80401f6c:	4401                	li	s0,0
80401f6e:	04000693          	li	a3,64
80401f72:	4398                	lw	a4,0(a5)
80401f74:	0c078793          	add	a5,a5,192
80401f78:	e75d                	bnez	a4,80402026 <proc_alloc+0xd4>
80401f7a:	793010ef          	jal	80403f0c <uvm_create>
80401f7e:	00141793          	sll	a5,s0,0x1
80401f82:	008784b3          	add	s1,a5,s0
80401f86:	049a                	sll	s1,s1,0x6
80401f88:	00998933          	add	s2,s3,s1
80401f8c:	02a92823          	sw	a0,48(s2)
80401f90:	cd51                	beqz	a0,8040202c <proc_alloc+0xda>
80401f92:	80429637          	lui	a2,0x80429
80401f96:	01c62703          	lw	a4,28(a2) # 8042901c <next_pid>
80401f9a:	4685                	li	a3,1
80401f9c:	4801                	li	a6,0
80401f9e:	00170593          	add	a1,a4,1
80401fa2:	4881                	li	a7,0
80401fa4:	00d92023          	sw	a3,0(s2)
80401fa8:	03092423          	sw	a6,40(s2)
80401fac:	03192623          	sw	a7,44(s2)
80401fb0:	00b62e23          	sw	a1,28(a2)
80401fb4:	00e92223          	sw	a4,4(s2)
80401fb8:	8a4a                	mv	s4,s2
80401fba:	00d71663          	bne	a4,a3,80401fc6 <proc_alloc+0x74>
80401fbe:	80429737          	lui	a4,0x80429
80401fc2:	05272223          	sw	s2,68(a4) # 80429044 <init_proc>
80401fc6:	943e                	add	s0,s0,a5
80401fc8:	041a                	sll	s0,s0,0x6
80401fca:	944e                	add	s0,s0,s3
80401fcc:	5c48                	lw	a0,60(s0)
80401fce:	6789                	lui	a5,0x2
80401fd0:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401fd4:	953e                	add	a0,a0,a5
80401fd6:	09000613          	li	a2,144
80401fda:	4581                	li	a1,0
80401fdc:	c028                	sw	a0,64(s0)
80401fde:	233d                	jal	8040250c <memset>
80401fe0:	04448513          	add	a0,s1,68
80401fe4:	03800613          	li	a2,56
80401fe8:	4581                	li	a1,0
80401fea:	954e                	add	a0,a0,s3
80401fec:	2305                	jal	8040250c <memset>
80401fee:	4038                	lw	a4,64(s0)
80401ff0:	804027b7          	lui	a5,0x80402
80401ff4:	f1078793          	add	a5,a5,-240 # 80401f10 <proc_first_run>
80401ff8:	c07c                	sw	a5,68(s0)
80401ffa:	c438                	sw	a4,72(s0)
80401ffc:	448d                	li	s1,3
80401ffe:	4401                	li	s0,0
80402000:	aebfe0ef          	jal	80400aea <file_console>
80402004:	b49fe0ef          	jal	80400b4c <file_dup>
80402008:	06a92e23          	sw	a0,124(s2)
8040200c:	0405                	add	s0,s0,1
8040200e:	0911                	add	s2,s2,4
80402010:	fe9418e3          	bne	s0,s1,80402000 <proc_alloc+0xae>
80402014:	40f2                	lw	ra,28(sp)
80402016:	4462                	lw	s0,24(sp)
80402018:	44d2                	lw	s1,20(sp)
8040201a:	4942                	lw	s2,16(sp)
8040201c:	49b2                	lw	s3,12(sp)
8040201e:	8552                	mv	a0,s4
80402020:	4a22                	lw	s4,8(sp)
80402022:	6105                	add	sp,sp,32
80402024:	8082                	ret
80402026:	0405                	add	s0,s0,1
80402028:	f4d415e3          	bne	s0,a3,80401f72 <proc_alloc+0x20>
8040202c:	4a01                	li	s4,0
8040202e:	b7dd                	j	80402014 <proc_alloc+0xc2>

80402030 <proc_free>:
80402030:	1141                	add	sp,sp,-16
80402032:	c422                	sw	s0,8(sp)
80402034:	c226                	sw	s1,4(sp)
80402036:	c04a                	sw	s2,0(sp)
80402038:	c606                	sw	ra,12(sp)
8040203a:	892a                	mv	s2,a0
8040203c:	07c50413          	add	s0,a0,124
80402040:	0bc50493          	add	s1,a0,188
80402044:	4008                	lw	a0,0(s0)
80402046:	c509                	beqz	a0,80402050 <proc_free+0x20>
80402048:	b0dfe0ef          	jal	80400b54 <file_close>
8040204c:	00042023          	sw	zero,0(s0)
80402050:	0411                	add	s0,s0,4
80402052:	fe9419e3          	bne	s0,s1,80402044 <proc_free+0x14>
80402056:	03092503          	lw	a0,48(s2)
8040205a:	c119                	beqz	a0,80402060 <proc_free+0x30>
8040205c:	653000ef          	jal	80402eae <uvm_free>
80402060:	03c92403          	lw	s0,60(s2)
80402064:	854a                	mv	a0,s2
80402066:	0c000613          	li	a2,192
8040206a:	4581                	li	a1,0
8040206c:	2145                	jal	8040250c <memset>
8040206e:	40b2                	lw	ra,12(sp)
80402070:	02892e23          	sw	s0,60(s2)
80402074:	4422                	lw	s0,8(sp)
80402076:	00092023          	sw	zero,0(s2)
8040207a:	4492                	lw	s1,4(sp)
8040207c:	4902                	lw	s2,0(sp)
8040207e:	0141                	add	sp,sp,16
80402080:	8082                	ret

80402082 <scheduler>:
80402082:	7179                	add	sp,sp,-48
80402084:	d04a                	sw	s2,32(sp)
80402086:	c65e                	sw	s7,12(sp)
80402088:	aaaab937          	lui	s2,0xaaaab
8040208c:	804febb7          	lui	s7,0x804fe
80402090:	d226                	sw	s1,36(sp)
80402092:	ce4e                	sw	s3,28(sp)
80402094:	cc52                	sw	s4,24(sp)
80402096:	ca56                	sw	s5,20(sp)
80402098:	c85a                	sw	s6,16(sp)
8040209a:	c462                	sw	s8,8(sp)
8040209c:	c266                	sw	s9,4(sp)
8040209e:	c06a                	sw	s10,0(sp)
804020a0:	d606                	sw	ra,44(sp)
804020a2:	d422                	sw	s0,40(sp)
804020a4:	4d01                	li	s10,0
804020a6:	04000c13          	li	s8,64
804020aa:	d30b8b93          	add	s7,s7,-720 # 804fdd30 <procs>
804020ae:	804294b7          	lui	s1,0x80429
804020b2:	8047eab7          	lui	s5,0x8047e
804020b6:	80429a37          	lui	s4,0x80429
804020ba:	4c89                	li	s9,2
804020bc:	aab90913          	add	s2,s2,-1365 # aaaaaaab <kernel_end+0x2a5a4aab>
804020c0:	498d                	li	s3,3
804020c2:	4b15                	li	s6,5
804020c4:	86ea                	mv	a3,s10
804020c6:	a021                	j	804020ce <scheduler+0x4c>
804020c8:	0685                	add	a3,a3,1
804020ca:	06dc0e63          	beq	s8,a3,80402146 <scheduler+0xc4>
804020ce:	41f6d713          	sra	a4,a3,0x1f
804020d2:	8369                	srl	a4,a4,0x1a
804020d4:	00e687b3          	add	a5,a3,a4
804020d8:	03f7f793          	and	a5,a5,63
804020dc:	8f99                	sub	a5,a5,a4
804020de:	00179413          	sll	s0,a5,0x1
804020e2:	943e                	add	s0,s0,a5
804020e4:	041a                	sll	s0,s0,0x6
804020e6:	008b87b3          	add	a5,s7,s0
804020ea:	4398                	lw	a4,0(a5)
804020ec:	fd971ee3          	bne	a4,s9,804020c8 <scheduler+0x46>
804020f0:	40645713          	sra	a4,s0,0x6
804020f4:	03270733          	mul	a4,a4,s2
804020f8:	5b88                	lw	a0,48(a5)
804020fa:	04f4a423          	sw	a5,72(s1) # 80429048 <current>
804020fe:	0137a023          	sw	s3,0(a5)
80402102:	00170793          	add	a5,a4,1
80402106:	41f7d713          	sra	a4,a5,0x1f
8040210a:	8369                	srl	a4,a4,0x1a
8040210c:	00e78d33          	add	s10,a5,a4
80402110:	03fd7d13          	and	s10,s10,63
80402114:	40ed0d33          	sub	s10,s10,a4
80402118:	597010ef          	jal	80403eae <vm_switch>
8040211c:	04440593          	add	a1,s0,68
80402120:	95de                	add	a1,a1,s7
80402122:	cf0a8513          	add	a0,s5,-784 # 8047dcf0 <scheduler_context>
80402126:	0c5030ef          	jal	804059ea <swtch>
8040212a:	044a2783          	lw	a5,68(s4) # 80429044 <init_proc>
8040212e:	0404a423          	sw	zero,72(s1)
80402132:	c781                	beqz	a5,8040213a <scheduler+0xb8>
80402134:	4398                	lw	a4,0(a5)
80402136:	01670563          	beq	a4,s6,80402140 <scheduler+0xbe>
8040213a:	040d0c13          	add	s8,s10,64
8040213e:	b759                	j	804020c4 <scheduler+0x42>
80402140:	4fc8                	lw	a0,28(a5)
80402142:	fecff0ef          	jal	8040192e <power_off>
80402146:	38a020ef          	jal	804044d0 <arch_idle>
8040214a:	bfad                	j	804020c4 <scheduler+0x42>

8040214c <yield>:
8040214c:	804297b7          	lui	a5,0x80429
80402150:	0487a503          	lw	a0,72(a5) # 80429048 <current>
80402154:	8047e5b7          	lui	a1,0x8047e
80402158:	4789                	li	a5,2
8040215a:	c11c                	sw	a5,0(a0)
8040215c:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402160:	04450513          	add	a0,a0,68
80402164:	0870306f          	j	804059ea <swtch>

80402168 <sleep_on>:
80402168:	1141                	add	sp,sp,-16
8040216a:	c422                	sw	s0,8(sp)
8040216c:	80429437          	lui	s0,0x80429
80402170:	04842783          	lw	a5,72(s0) # 80429048 <current>
80402174:	c606                	sw	ra,12(sp)
80402176:	4711                	li	a4,4
80402178:	8047e5b7          	lui	a1,0x8047e
8040217c:	d388                	sw	a0,32(a5)
8040217e:	c398                	sw	a4,0(a5)
80402180:	04478513          	add	a0,a5,68
80402184:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402188:	063030ef          	jal	804059ea <swtch>
8040218c:	04842783          	lw	a5,72(s0)
80402190:	40b2                	lw	ra,12(sp)
80402192:	4422                	lw	s0,8(sp)
80402194:	0207a023          	sw	zero,32(a5)
80402198:	0141                	add	sp,sp,16
8040219a:	8082                	ret

8040219c <sleep_until>:
8040219c:	1141                	add	sp,sp,-16
8040219e:	c422                	sw	s0,8(sp)
804021a0:	80429437          	lui	s0,0x80429
804021a4:	04842783          	lw	a5,72(s0) # 80429048 <current>
804021a8:	c606                	sw	ra,12(sp)
804021aa:	4711                	li	a4,4
804021ac:	d78c                	sw	a1,40(a5)
804021ae:	8047e5b7          	lui	a1,0x8047e
804021b2:	d388                	sw	a0,32(a5)
804021b4:	c398                	sw	a4,0(a5)
804021b6:	d7d0                	sw	a2,44(a5)
804021b8:	04478513          	add	a0,a5,68
804021bc:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
804021c0:	02b030ef          	jal	804059ea <swtch>
804021c4:	04842783          	lw	a5,72(s0)
804021c8:	40b2                	lw	ra,12(sp)
804021ca:	4422                	lw	s0,8(sp)
804021cc:	4681                	li	a3,0
804021ce:	4701                	li	a4,0
804021d0:	0207a023          	sw	zero,32(a5)
804021d4:	d794                	sw	a3,40(a5)
804021d6:	d7d8                	sw	a4,44(a5)
804021d8:	0141                	add	sp,sp,16
804021da:	8082                	ret

804021dc <wakeup_expired>:
804021dc:	804fe7b7          	lui	a5,0x804fe
804021e0:	d3078793          	add	a5,a5,-720 # 804fdd30 <procs>
804021e4:	668d                	lui	a3,0x3
804021e6:	96be                	add	a3,a3,a5
804021e8:	4611                	li	a2,4
804021ea:	4309                	li	t1,2
804021ec:	a029                	j	804021f6 <wakeup_expired+0x1a>
804021ee:	0c078793          	add	a5,a5,192
804021f2:	02f68863          	beq	a3,a5,80402222 <wakeup_expired+0x46>
804021f6:	4398                	lw	a4,0(a5)
804021f8:	fec71be3          	bne	a4,a2,804021ee <wakeup_expired+0x12>
804021fc:	57d8                	lw	a4,44(a5)
804021fe:	0287a803          	lw	a6,40(a5)
80402202:	00e868b3          	or	a7,a6,a4
80402206:	fe0884e3          	beqz	a7,804021ee <wakeup_expired+0x12>
8040220a:	fee5e2e3          	bltu	a1,a4,804021ee <wakeup_expired+0x12>
8040220e:	00b71463          	bne	a4,a1,80402216 <wakeup_expired+0x3a>
80402212:	fd056ee3          	bltu	a0,a6,804021ee <wakeup_expired+0x12>
80402216:	0067a023          	sw	t1,0(a5)
8040221a:	0c078793          	add	a5,a5,192
8040221e:	fcf69ce3          	bne	a3,a5,804021f6 <wakeup_expired+0x1a>
80402222:	8082                	ret

80402224 <wakeup>:
80402224:	804fe7b7          	lui	a5,0x804fe
80402228:	d3078793          	add	a5,a5,-720 # 804fdd30 <procs>
8040222c:	668d                	lui	a3,0x3
8040222e:	96be                	add	a3,a3,a5
80402230:	4611                	li	a2,4
80402232:	4589                	li	a1,2
80402234:	a029                	j	8040223e <wakeup+0x1a>
80402236:	0c078793          	add	a5,a5,192
8040223a:	00f68d63          	beq	a3,a5,80402254 <wakeup+0x30>
8040223e:	4398                	lw	a4,0(a5)
80402240:	fec71be3          	bne	a4,a2,80402236 <wakeup+0x12>
80402244:	5398                	lw	a4,32(a5)
80402246:	fea718e3          	bne	a4,a0,80402236 <wakeup+0x12>
8040224a:	c38c                	sw	a1,0(a5)
8040224c:	0c078793          	add	a5,a5,192
80402250:	fef697e3          	bne	a3,a5,8040223e <wakeup+0x1a>
80402254:	8082                	ret

80402256 <proc_close_all>:
80402256:	1141                	add	sp,sp,-16
80402258:	c04a                	sw	s2,0(sp)
8040225a:	678d                	lui	a5,0x3
8040225c:	804fe937          	lui	s2,0x804fe
80402260:	d3090913          	add	s2,s2,-720 # 804fdd30 <procs>
80402264:	0bc78793          	add	a5,a5,188 # 30bc <_entry-0x803fcf44>
80402268:	c226                	sw	s1,4(sp)
8040226a:	c606                	sw	ra,12(sp)
8040226c:	0bc90493          	add	s1,s2,188
80402270:	c422                	sw	s0,8(sp)
80402272:	993e                	add	s2,s2,a5
80402274:	fc048413          	add	s0,s1,-64
80402278:	4008                	lw	a0,0(s0)
8040227a:	c509                	beqz	a0,80402284 <proc_close_all+0x2e>
8040227c:	8d9fe0ef          	jal	80400b54 <file_close>
80402280:	00042023          	sw	zero,0(s0)
80402284:	0411                	add	s0,s0,4
80402286:	fe9419e3          	bne	s0,s1,80402278 <proc_close_all+0x22>
8040228a:	0c040493          	add	s1,s0,192
8040228e:	ff2493e3          	bne	s1,s2,80402274 <proc_close_all+0x1e>
80402292:	40b2                	lw	ra,12(sp)
80402294:	4422                	lw	s0,8(sp)
80402296:	4492                	lw	s1,4(sp)
80402298:	4902                	lw	s2,0(sp)
8040229a:	0141                	add	sp,sp,16
8040229c:	8082                	ret

8040229e <proc_exit>:
8040229e:	1101                	add	sp,sp,-32
804022a0:	c84a                	sw	s2,16(sp)
804022a2:	80429937          	lui	s2,0x80429
804022a6:	c64e                	sw	s3,12(sp)
804022a8:	04892983          	lw	s3,72(s2) # 80429048 <current>
804022ac:	cc22                	sw	s0,24(sp)
804022ae:	ca26                	sw	s1,20(sp)
804022b0:	c452                	sw	s4,8(sp)
804022b2:	ce06                	sw	ra,28(sp)
804022b4:	84aa                	mv	s1,a0
804022b6:	07c98413          	add	s0,s3,124
804022ba:	0bc98a13          	add	s4,s3,188
804022be:	4008                	lw	a0,0(s0)
804022c0:	c509                	beqz	a0,804022ca <proc_exit+0x2c>
804022c2:	893fe0ef          	jal	80400b54 <file_close>
804022c6:	00042023          	sw	zero,0(s0)
804022ca:	0411                	add	s0,s0,4
804022cc:	ff4419e3          	bne	s0,s4,804022be <proc_exit+0x20>
804022d0:	660d                	lui	a2,0x3
804022d2:	804fee37          	lui	t3,0x804fe
804022d6:	d30e0e13          	add	t3,t3,-720 # 804fdd30 <procs>
804022da:	00860513          	add	a0,a2,8 # 3008 <_entry-0x803fcff8>
804022de:	804297b7          	lui	a5,0x80429
804022e2:	804fe737          	lui	a4,0x804fe
804022e6:	0447a803          	lw	a6,68(a5) # 80429044 <init_proc>
804022ea:	d3870713          	add	a4,a4,-712 # 804fdd38 <procs+0x8>
804022ee:	9572                	add	a0,a0,t3
804022f0:	4315                	li	t1,5
804022f2:	9672                	add	a2,a2,t3
804022f4:	4591                	li	a1,4
804022f6:	4889                	li	a7,2
804022f8:	a029                	j	80402302 <proc_exit+0x64>
804022fa:	0c070713          	add	a4,a4,192
804022fe:	02a70b63          	beq	a4,a0,80402334 <proc_exit+0x96>
80402302:	ff872783          	lw	a5,-8(a4)
80402306:	dbf5                	beqz	a5,804022fa <proc_exit+0x5c>
80402308:	4314                	lw	a3,0(a4)
8040230a:	fed998e3          	bne	s3,a3,804022fa <proc_exit+0x5c>
8040230e:	01072023          	sw	a6,0(a4)
80402312:	fe6794e3          	bne	a5,t1,804022fa <proc_exit+0x5c>
80402316:	87f2                	mv	a5,t3
80402318:	a029                	j	80402322 <proc_exit+0x84>
8040231a:	0c078793          	add	a5,a5,192
8040231e:	fcf60ee3          	beq	a2,a5,804022fa <proc_exit+0x5c>
80402322:	4394                	lw	a3,0(a5)
80402324:	feb69be3          	bne	a3,a1,8040231a <proc_exit+0x7c>
80402328:	5394                	lw	a3,32(a5)
8040232a:	fed818e3          	bne	a6,a3,8040231a <proc_exit+0x7c>
8040232e:	0117a023          	sw	a7,0(a5)
80402332:	b7e5                	j	8040231a <proc_exit+0x7c>
80402334:	0089a503          	lw	a0,8(s3)
80402338:	4795                	li	a5,5
8040233a:	0099ae23          	sw	s1,28(s3)
8040233e:	00f9a023          	sw	a5,0(s3)
80402342:	c111                	beqz	a0,80402346 <proc_exit+0xa8>
80402344:	35c5                	jal	80402224 <wakeup>
80402346:	04892503          	lw	a0,72(s2)
8040234a:	c11d                	beqz	a0,80402370 <proc_exit+0xd2>
8040234c:	4118                	lw	a4,0(a0)
8040234e:	478d                	li	a5,3
80402350:	02f70063          	beq	a4,a5,80402370 <proc_exit+0xd2>
80402354:	8047e5b7          	lui	a1,0x8047e
80402358:	04450513          	add	a0,a0,68
8040235c:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402360:	68a030ef          	jal	804059ea <swtch>
80402364:	80406537          	lui	a0,0x80406
80402368:	2ac50513          	add	a0,a0,684 # 804062ac <__udivdi3+0x81c>
8040236c:	b61ff0ef          	jal	80401ecc <panic>
80402370:	80406537          	lui	a0,0x80406
80402374:	28850513          	add	a0,a0,648 # 80406288 <__udivdi3+0x7f8>
80402378:	b55ff0ef          	jal	80401ecc <panic>

8040237c <proc_wait>:
8040237c:	7179                	add	sp,sp,-48
8040237e:	c462                	sw	s8,8(sp)
80402380:	80429c37          	lui	s8,0x80429
80402384:	d04a                	sw	s2,32(sp)
80402386:	048c2903          	lw	s2,72(s8) # 80429048 <current>
8040238a:	cc52                	sw	s4,24(sp)
8040238c:	804fea37          	lui	s4,0x804fe
80402390:	d226                	sw	s1,36(sp)
80402392:	ce4e                	sw	s3,28(sp)
80402394:	ca56                	sw	s5,20(sp)
80402396:	c85a                	sw	s6,16(sp)
80402398:	c65e                	sw	s7,12(sp)
8040239a:	d606                	sw	ra,44(sp)
8040239c:	d422                	sw	s0,40(sp)
8040239e:	89aa                	mv	s3,a0
804023a0:	8aae                	mv	s5,a1
804023a2:	d30a0a13          	add	s4,s4,-720 # 804fdd30 <procs>
804023a6:	5b7d                	li	s6,-1
804023a8:	4b95                	li	s7,5
804023aa:	04000493          	li	s1,64
804023ae:	87d2                	mv	a5,s4
804023b0:	4401                	li	s0,0
804023b2:	4601                	li	a2,0
804023b4:	a031                	j	804023c0 <proc_wait+0x44>
804023b6:	0405                	add	s0,s0,1
804023b8:	0c078793          	add	a5,a5,192
804023bc:	06940063          	beq	s0,s1,8040241c <proc_wait+0xa0>
804023c0:	4398                	lw	a4,0(a5)
804023c2:	db75                	beqz	a4,804023b6 <proc_wait+0x3a>
804023c4:	4794                	lw	a3,8(a5)
804023c6:	ff2698e3          	bne	a3,s2,804023b6 <proc_wait+0x3a>
804023ca:	01698563          	beq	s3,s6,804023d4 <proc_wait+0x58>
804023ce:	43d4                	lw	a3,4(a5)
804023d0:	ff3693e3          	bne	a3,s3,804023b6 <proc_wait+0x3a>
804023d4:	03771e63          	bne	a4,s7,80402410 <proc_wait+0x94>
804023d8:	00141493          	sll	s1,s0,0x1
804023dc:	008489b3          	add	s3,s1,s0
804023e0:	099a                	sll	s3,s3,0x6
804023e2:	060a9163          	bnez	s5,80402444 <proc_wait+0xc8>
804023e6:	94a2                	add	s1,s1,s0
804023e8:	049a                	sll	s1,s1,0x6
804023ea:	94d2                	add	s1,s1,s4
804023ec:	013a0533          	add	a0,s4,s3
804023f0:	40c0                	lw	s0,4(s1)
804023f2:	c3fff0ef          	jal	80402030 <proc_free>
804023f6:	50b2                	lw	ra,44(sp)
804023f8:	8522                	mv	a0,s0
804023fa:	5422                	lw	s0,40(sp)
804023fc:	5492                	lw	s1,36(sp)
804023fe:	5902                	lw	s2,32(sp)
80402400:	49f2                	lw	s3,28(sp)
80402402:	4a62                	lw	s4,24(sp)
80402404:	4ad2                	lw	s5,20(sp)
80402406:	4b42                	lw	s6,16(sp)
80402408:	4bb2                	lw	s7,12(sp)
8040240a:	4c22                	lw	s8,8(sp)
8040240c:	6145                	add	sp,sp,48
8040240e:	8082                	ret
80402410:	0405                	add	s0,s0,1
80402412:	4605                	li	a2,1
80402414:	0c078793          	add	a5,a5,192
80402418:	fa9414e3          	bne	s0,s1,804023c0 <proc_wait+0x44>
8040241c:	c229                	beqz	a2,8040245e <proc_wait+0xe2>
8040241e:	048c2503          	lw	a0,72(s8)
80402422:	4791                	li	a5,4
80402424:	8047e5b7          	lui	a1,0x8047e
80402428:	c11c                	sw	a5,0(a0)
8040242a:	03252023          	sw	s2,32(a0)
8040242e:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402432:	04450513          	add	a0,a0,68
80402436:	5b4030ef          	jal	804059ea <swtch>
8040243a:	048c2783          	lw	a5,72(s8)
8040243e:	0207a023          	sw	zero,32(a5)
80402442:	b7b5                	j	804023ae <proc_wait+0x32>
80402444:	03092503          	lw	a0,48(s2)
80402448:	01c98613          	add	a2,s3,28
8040244c:	4691                	li	a3,4
8040244e:	9652                	add	a2,a2,s4
80402450:	85d6                	mv	a1,s5
80402452:	5af000ef          	jal	80403200 <copyout>
80402456:	f80558e3          	bgez	a0,804023e6 <proc_wait+0x6a>
8040245a:	5449                	li	s0,-14
8040245c:	bf69                	j	804023f6 <proc_wait+0x7a>
8040245e:	5459                	li	s0,-10
80402460:	bf59                	j	804023f6 <proc_wait+0x7a>

80402462 <fd_alloc>:
80402462:	804297b7          	lui	a5,0x80429
80402466:	0487a583          	lw	a1,72(a5) # 80429048 <current>
8040246a:	862a                	mv	a2,a0
8040246c:	46c1                	li	a3,16
8040246e:	07c58793          	add	a5,a1,124
80402472:	4501                	li	a0,0
80402474:	4398                	lw	a4,0(a5)
80402476:	0791                	add	a5,a5,4
80402478:	c711                	beqz	a4,80402484 <fd_alloc+0x22>
8040247a:	0505                	add	a0,a0,1
8040247c:	fed51ce3          	bne	a0,a3,80402474 <fd_alloc+0x12>
80402480:	5521                	li	a0,-24
80402482:	8082                	ret
80402484:	01c50793          	add	a5,a0,28
80402488:	078a                	sll	a5,a5,0x2
8040248a:	95be                	add	a1,a1,a5
8040248c:	c5d0                	sw	a2,12(a1)
8040248e:	8082                	ret

80402490 <program_find>:
80402490:	1101                	add	sp,sp,-32
80402492:	cc22                	sw	s0,24(sp)
80402494:	80406437          	lui	s0,0x80406
80402498:	ca26                	sw	s1,20(sp)
8040249a:	c84a                	sw	s2,16(sp)
8040249c:	c64e                	sw	s3,12(sp)
8040249e:	c452                	sw	s4,8(sp)
804024a0:	ce06                	sw	ra,28(sp)
804024a2:	2f040a13          	add	s4,s0,752 # 804062f0 <programs>
804024a6:	892a                	mv	s2,a0
804024a8:	2f040413          	add	s0,s0,752
804024ac:	4481                	li	s1,0
804024ae:	4999                	li	s3,6
804024b0:	4008                	lw	a0,0(s0)
804024b2:	85ca                	mv	a1,s2
804024b4:	0431                	add	s0,s0,12
804024b6:	2281                	jal	804025f6 <strcmp>
804024b8:	cd09                	beqz	a0,804024d2 <program_find+0x42>
804024ba:	0485                	add	s1,s1,1
804024bc:	ff349ae3          	bne	s1,s3,804024b0 <program_find+0x20>
804024c0:	40f2                	lw	ra,28(sp)
804024c2:	4462                	lw	s0,24(sp)
804024c4:	44d2                	lw	s1,20(sp)
804024c6:	4942                	lw	s2,16(sp)
804024c8:	49b2                	lw	s3,12(sp)
804024ca:	4a22                	lw	s4,8(sp)
804024cc:	4501                	li	a0,0
804024ce:	6105                	add	sp,sp,32
804024d0:	8082                	ret
804024d2:	40f2                	lw	ra,28(sp)
804024d4:	4462                	lw	s0,24(sp)
804024d6:	00149793          	sll	a5,s1,0x1
804024da:	97a6                	add	a5,a5,s1
804024dc:	078a                	sll	a5,a5,0x2
804024de:	44d2                	lw	s1,20(sp)
804024e0:	4942                	lw	s2,16(sp)
804024e2:	49b2                	lw	s3,12(sp)
804024e4:	00fa0533          	add	a0,s4,a5
804024e8:	4a22                	lw	s4,8(sp)
804024ea:	6105                	add	sp,sp,32
804024ec:	8082                	ret

804024ee <program_at>:
804024ee:	4795                	li	a5,5
804024f0:	00a7ec63          	bltu	a5,a0,80402508 <program_at+0x1a>
804024f4:	00151793          	sll	a5,a0,0x1
804024f8:	953e                	add	a0,a0,a5
804024fa:	804067b7          	lui	a5,0x80406
804024fe:	2f078793          	add	a5,a5,752 # 804062f0 <programs>
80402502:	050a                	sll	a0,a0,0x2
80402504:	953e                	add	a0,a0,a5
80402506:	8082                	ret
80402508:	4501                	li	a0,0
8040250a:	8082                	ret

8040250c <memset>:
8040250c:	00c56733          	or	a4,a0,a2
80402510:	8b0d                	and	a4,a4,3
80402512:	87aa                	mv	a5,a0
80402514:	cf01                	beqz	a4,8040252c <memset+0x20>
80402516:	0ff5f593          	zext.b	a1,a1
8040251a:	00c50733          	add	a4,a0,a2
8040251e:	c61d                	beqz	a2,8040254c <memset+0x40>
80402520:	00b78023          	sb	a1,0(a5)
80402524:	0785                	add	a5,a5,1
80402526:	fee79de3          	bne	a5,a4,80402520 <memset+0x14>
8040252a:	8082                	ret
8040252c:	0ff5f593          	zext.b	a1,a1
80402530:	00859693          	sll	a3,a1,0x8
80402534:	96ae                	add	a3,a3,a1
80402536:	01069793          	sll	a5,a3,0x10
8040253a:	96be                	add	a3,a3,a5
8040253c:	d67d                	beqz	a2,8040252a <memset+0x1e>
8040253e:	00e507b3          	add	a5,a0,a4
80402542:	c394                	sw	a3,0(a5)
80402544:	0711                	add	a4,a4,4
80402546:	fec76ce3          	bltu	a4,a2,8040253e <memset+0x32>
8040254a:	8082                	ret
8040254c:	8082                	ret

8040254e <memcpy>:
8040254e:	00b567b3          	or	a5,a0,a1
80402552:	8fd1                	or	a5,a5,a2
80402554:	8b8d                	and	a5,a5,3
80402556:	cf91                	beqz	a5,80402572 <memcpy+0x24>
80402558:	87aa                	mv	a5,a0
8040255a:	00c586b3          	add	a3,a1,a2
8040255e:	c60d                	beqz	a2,80402588 <memcpy+0x3a>
80402560:	0005c703          	lbu	a4,0(a1)
80402564:	0585                	add	a1,a1,1
80402566:	0785                	add	a5,a5,1
80402568:	fee78fa3          	sb	a4,-1(a5)
8040256c:	fed59ae3          	bne	a1,a3,80402560 <memcpy+0x12>
80402570:	8082                	ret
80402572:	de7d                	beqz	a2,80402570 <memcpy+0x22>
80402574:	00f58733          	add	a4,a1,a5
80402578:	4314                	lw	a3,0(a4)
8040257a:	00f50733          	add	a4,a0,a5
8040257e:	0791                	add	a5,a5,4
80402580:	c314                	sw	a3,0(a4)
80402582:	fec7e9e3          	bltu	a5,a2,80402574 <memcpy+0x26>
80402586:	8082                	ret
80402588:	8082                	ret

8040258a <memcmp>:
8040258a:	c205                	beqz	a2,804025aa <memcmp+0x20>
8040258c:	962a                	add	a2,a2,a0
8040258e:	a019                	j	80402594 <memcmp+0xa>
80402590:	00c50d63          	beq	a0,a2,804025aa <memcmp+0x20>
80402594:	00054783          	lbu	a5,0(a0)
80402598:	0005c703          	lbu	a4,0(a1)
8040259c:	0505                	add	a0,a0,1
8040259e:	0585                	add	a1,a1,1
804025a0:	fee788e3          	beq	a5,a4,80402590 <memcmp+0x6>
804025a4:	40e78533          	sub	a0,a5,a4
804025a8:	8082                	ret
804025aa:	4501                	li	a0,0
804025ac:	8082                	ret

804025ae <strlen>:
804025ae:	00054783          	lbu	a5,0(a0)
804025b2:	872a                	mv	a4,a0
804025b4:	4501                	li	a0,0
804025b6:	cb81                	beqz	a5,804025c6 <strlen+0x18>
804025b8:	0505                	add	a0,a0,1
804025ba:	00a707b3          	add	a5,a4,a0
804025be:	0007c783          	lbu	a5,0(a5)
804025c2:	fbfd                	bnez	a5,804025b8 <strlen+0xa>
804025c4:	8082                	ret
804025c6:	8082                	ret

804025c8 <strncmp>:
804025c8:	c20d                	beqz	a2,804025ea <strncmp+0x22>
804025ca:	962a                	add	a2,a2,a0
804025cc:	a021                	j	804025d4 <strncmp+0xc>
804025ce:	c385                	beqz	a5,804025ee <strncmp+0x26>
804025d0:	00c50d63          	beq	a0,a2,804025ea <strncmp+0x22>
804025d4:	0005c783          	lbu	a5,0(a1)
804025d8:	00054703          	lbu	a4,0(a0)
804025dc:	0585                	add	a1,a1,1
804025de:	0505                	add	a0,a0,1
804025e0:	fef707e3          	beq	a4,a5,804025ce <strncmp+0x6>
804025e4:	40f70533          	sub	a0,a4,a5
804025e8:	8082                	ret
804025ea:	4501                	li	a0,0
804025ec:	8082                	ret
804025ee:	4701                	li	a4,0
804025f0:	40f70533          	sub	a0,a4,a5
804025f4:	8082                	ret

804025f6 <strcmp>:
804025f6:	fff50693          	add	a3,a0,-1
804025fa:	a021                	j	80402602 <strcmp+0xc>
804025fc:	cf91                	beqz	a5,80402618 <strcmp+0x22>
804025fe:	02d50163          	beq	a0,a3,80402620 <strcmp+0x2a>
80402602:	0005c783          	lbu	a5,0(a1)
80402606:	00054703          	lbu	a4,0(a0)
8040260a:	0585                	add	a1,a1,1
8040260c:	0505                	add	a0,a0,1
8040260e:	fef707e3          	beq	a4,a5,804025fc <strcmp+0x6>
80402612:	40f70533          	sub	a0,a4,a5
80402616:	8082                	ret
80402618:	4701                	li	a4,0
8040261a:	40f70533          	sub	a0,a4,a5
8040261e:	8082                	ret
80402620:	4501                	li	a0,0
80402622:	8082                	ret

80402624 <strlcpy_k>:
80402624:	4785                	li	a5,1
80402626:	882a                	mv	a6,a0
80402628:	02c7f563          	bgeu	a5,a2,80402652 <strlcpy_k+0x2e>
8040262c:	962e                	add	a2,a2,a1
8040262e:	872a                	mv	a4,a0
80402630:	fff60893          	add	a7,a2,-1
80402634:	87ae                	mv	a5,a1
80402636:	a801                	j	80402646 <strlcpy_k+0x22>
80402638:	00d70023          	sb	a3,0(a4)
8040263c:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7faf9001>
80402640:	01160c63          	beq	a2,a7,80402658 <strlcpy_k+0x34>
80402644:	87b2                	mv	a5,a2
80402646:	0007c683          	lbu	a3,0(a5)
8040264a:	00178613          	add	a2,a5,1
8040264e:	883a                	mv	a6,a4
80402650:	f6e5                	bnez	a3,80402638 <strlcpy_k+0x14>
80402652:	00080023          	sb	zero,0(a6)
80402656:	8082                	ret
80402658:	8f8d                	sub	a5,a5,a1
8040265a:	0785                	add	a5,a5,1
8040265c:	00f50833          	add	a6,a0,a5
80402660:	00080023          	sb	zero,0(a6)
80402664:	8082                	ret

80402666 <syscall>:
80402666:	1141                	add	sp,sp,-16
80402668:	c422                	sw	s0,8(sp)
8040266a:	c606                	sw	ra,12(sp)
8040266c:	8ddff0ef          	jal	80401f48 <myproc>
80402670:	4120                	lw	s0,64(a0)
80402672:	4745                	li	a4,17
80402674:	fda00513          	li	a0,-38
80402678:	407c                	lw	a5,68(s0)
8040267a:	fff78693          	add	a3,a5,-1
8040267e:	00d76b63          	bltu	a4,a3,80402694 <syscall+0x2e>
80402682:	80406737          	lui	a4,0x80406
80402686:	078a                	sll	a5,a5,0x2
80402688:	33870713          	add	a4,a4,824 # 80406338 <syscalls>
8040268c:	97ba                	add	a5,a5,a4
8040268e:	439c                	lw	a5,0(a5)
80402690:	c391                	beqz	a5,80402694 <syscall+0x2e>
80402692:	9782                	jalr	a5
80402694:	40b2                	lw	ra,12(sp)
80402696:	d408                	sw	a0,40(s0)
80402698:	4422                	lw	s0,8(sp)
8040269a:	0141                	add	sp,sp,16
8040269c:	8082                	ret

8040269e <arg_raw>:
8040269e:	7179                	add	sp,sp,-48
804026a0:	d422                	sw	s0,40(sp)
804026a2:	d606                	sw	ra,44(sp)
804026a4:	842a                	mv	s0,a0
804026a6:	8a3ff0ef          	jal	80401f48 <myproc>
804026aa:	413c                	lw	a5,64(a0)
804026ac:	4715                	li	a4,5
804026ae:	5b88                	lw	a0,48(a5)
804026b0:	02c7a803          	lw	a6,44(a5)
804026b4:	5bcc                	lw	a1,52(a5)
804026b6:	5f90                	lw	a2,56(a5)
804026b8:	5fd4                	lw	a3,60(a5)
804026ba:	579c                	lw	a5,40(a5)
804026bc:	c82a                	sw	a0,16(sp)
804026be:	c642                	sw	a6,12(sp)
804026c0:	c43e                	sw	a5,8(sp)
804026c2:	ca2e                	sw	a1,20(sp)
804026c4:	cc32                	sw	a2,24(sp)
804026c6:	ce36                	sw	a3,28(sp)
804026c8:	4501                	li	a0,0
804026ca:	00876963          	bltu	a4,s0,804026dc <arg_raw+0x3e>
804026ce:	040a                	sll	s0,s0,0x2
804026d0:	02040793          	add	a5,s0,32
804026d4:	00278433          	add	s0,a5,sp
804026d8:	fe842503          	lw	a0,-24(s0)
804026dc:	50b2                	lw	ra,44(sp)
804026de:	5422                	lw	s0,40(sp)
804026e0:	6145                	add	sp,sp,48
804026e2:	8082                	ret

804026e4 <arg_str>:
804026e4:	1101                	add	sp,sp,-32
804026e6:	ce06                	sw	ra,28(sp)
804026e8:	cc22                	sw	s0,24(sp)
804026ea:	ca26                	sw	s1,20(sp)
804026ec:	c84a                	sw	s2,16(sp)
804026ee:	c64e                	sw	s3,12(sp)
804026f0:	84b2                	mv	s1,a2
804026f2:	842e                	mv	s0,a1
804026f4:	892a                	mv	s2,a0
804026f6:	853ff0ef          	jal	80401f48 <myproc>
804026fa:	03052983          	lw	s3,48(a0)
804026fe:	854a                	mv	a0,s2
80402700:	3f79                	jal	8040269e <arg_raw>
80402702:	85a2                	mv	a1,s0
80402704:	4462                	lw	s0,24(sp)
80402706:	40f2                	lw	ra,28(sp)
80402708:	4942                	lw	s2,16(sp)
8040270a:	862a                	mv	a2,a0
8040270c:	86a6                	mv	a3,s1
8040270e:	854e                	mv	a0,s3
80402710:	44d2                	lw	s1,20(sp)
80402712:	49b2                	lw	s3,12(sp)
80402714:	6105                	add	sp,sp,32
80402716:	39f0006f          	j	804032b4 <copyinstr>

8040271a <sys_read>:
8040271a:	1141                	add	sp,sp,-16
8040271c:	4501                	li	a0,0
8040271e:	c606                	sw	ra,12(sp)
80402720:	c422                	sw	s0,8(sp)
80402722:	c226                	sw	s1,4(sp)
80402724:	3fad                	jal	8040269e <arg_raw>
80402726:	47bd                	li	a5,15
80402728:	02a7ec63          	bltu	a5,a0,80402760 <sys_read+0x46>
8040272c:	842a                	mv	s0,a0
8040272e:	0471                	add	s0,s0,28
80402730:	819ff0ef          	jal	80401f48 <myproc>
80402734:	040a                	sll	s0,s0,0x2
80402736:	9522                	add	a0,a0,s0
80402738:	4544                	lw	s1,12(a0)
8040273a:	c09d                	beqz	s1,80402760 <sys_read+0x46>
8040273c:	4509                	li	a0,2
8040273e:	3785                	jal	8040269e <arg_raw>
80402740:	02054663          	bltz	a0,8040276c <sys_read+0x52>
80402744:	4505                	li	a0,1
80402746:	3fa1                	jal	8040269e <arg_raw>
80402748:	842a                	mv	s0,a0
8040274a:	4509                	li	a0,2
8040274c:	3f89                	jal	8040269e <arg_raw>
8040274e:	85a2                	mv	a1,s0
80402750:	4422                	lw	s0,8(sp)
80402752:	40b2                	lw	ra,12(sp)
80402754:	862a                	mv	a2,a0
80402756:	8526                	mv	a0,s1
80402758:	4492                	lw	s1,4(sp)
8040275a:	0141                	add	sp,sp,16
8040275c:	c44fe06f          	j	80400ba0 <file_read>
80402760:	555d                	li	a0,-9
80402762:	40b2                	lw	ra,12(sp)
80402764:	4422                	lw	s0,8(sp)
80402766:	4492                	lw	s1,4(sp)
80402768:	0141                	add	sp,sp,16
8040276a:	8082                	ret
8040276c:	5529                	li	a0,-22
8040276e:	bfd5                	j	80402762 <sys_read+0x48>

80402770 <sys_write>:
80402770:	1141                	add	sp,sp,-16
80402772:	4501                	li	a0,0
80402774:	c606                	sw	ra,12(sp)
80402776:	c422                	sw	s0,8(sp)
80402778:	c226                	sw	s1,4(sp)
8040277a:	3715                	jal	8040269e <arg_raw>
8040277c:	47bd                	li	a5,15
8040277e:	02a7ec63          	bltu	a5,a0,804027b6 <sys_write+0x46>
80402782:	842a                	mv	s0,a0
80402784:	0471                	add	s0,s0,28
80402786:	fc2ff0ef          	jal	80401f48 <myproc>
8040278a:	040a                	sll	s0,s0,0x2
8040278c:	9522                	add	a0,a0,s0
8040278e:	4544                	lw	s1,12(a0)
80402790:	c09d                	beqz	s1,804027b6 <sys_write+0x46>
80402792:	4509                	li	a0,2
80402794:	3729                	jal	8040269e <arg_raw>
80402796:	02054663          	bltz	a0,804027c2 <sys_write+0x52>
8040279a:	4505                	li	a0,1
8040279c:	3709                	jal	8040269e <arg_raw>
8040279e:	842a                	mv	s0,a0
804027a0:	4509                	li	a0,2
804027a2:	3df5                	jal	8040269e <arg_raw>
804027a4:	85a2                	mv	a1,s0
804027a6:	4422                	lw	s0,8(sp)
804027a8:	40b2                	lw	ra,12(sp)
804027aa:	862a                	mv	a2,a0
804027ac:	8526                	mv	a0,s1
804027ae:	4492                	lw	s1,4(sp)
804027b0:	0141                	add	sp,sp,16
804027b2:	c36fe06f          	j	80400be8 <file_write>
804027b6:	555d                	li	a0,-9
804027b8:	40b2                	lw	ra,12(sp)
804027ba:	4422                	lw	s0,8(sp)
804027bc:	4492                	lw	s1,4(sp)
804027be:	0141                	add	sp,sp,16
804027c0:	8082                	ret
804027c2:	5529                	li	a0,-22
804027c4:	bfd5                	j	804027b8 <sys_write+0x48>

804027c6 <sys_open>:
804027c6:	7171                	add	sp,sp,-176
804027c8:	4505                	li	a0,1
804027ca:	d706                	sw	ra,172(sp)
804027cc:	d522                	sw	s0,168(sp)
804027ce:	d326                	sw	s1,164(sp)
804027d0:	d14a                	sw	s2,160(sp)
804027d2:	cf4e                	sw	s3,156(sp)
804027d4:	35e9                	jal	8040269e <arg_raw>
804027d6:	84aa                	mv	s1,a0
804027d8:	08000613          	li	a2,128
804027dc:	080c                	add	a1,sp,16
804027de:	4501                	li	a0,0
804027e0:	3711                	jal	804026e4 <arg_str>
804027e2:	842a                	mv	s0,a0
804027e4:	04054963          	bltz	a0,80402836 <sys_open+0x70>
804027e8:	0034f913          	and	s2,s1,3
804027ec:	478d                	li	a5,3
804027ee:	5429                	li	s0,-22
804027f0:	04f90363          	beq	s2,a5,80402836 <sys_open+0x70>
804027f4:	0070                	add	a2,sp,12
804027f6:	85a6                	mv	a1,s1
804027f8:	0808                	add	a0,sp,16
804027fa:	c93fd0ef          	jal	8040048c <fs_open>
804027fe:	842a                	mv	s0,a0
80402800:	02054b63          	bltz	a0,80402836 <sys_open+0x70>
80402804:	af0fe0ef          	jal	80400af4 <file_alloc>
80402808:	89aa                	mv	s3,a0
8040280a:	c131                	beqz	a0,8040284e <sys_open+0x88>
8040280c:	4732                	lw	a4,12(sp)
8040280e:	fff90793          	add	a5,s2,-1
80402812:	80a9                	srl	s1,s1,0xa
80402814:	00f037b3          	snez	a5,a5
80402818:	4689                	li	a3,2
8040281a:	8885                	and	s1,s1,1
8040281c:	01203933          	snez	s2,s2
80402820:	c114                	sw	a3,0(a0)
80402822:	c958                	sw	a4,20(a0)
80402824:	c51c                	sw	a5,8(a0)
80402826:	01252623          	sw	s2,12(a0)
8040282a:	c904                	sw	s1,16(a0)
8040282c:	c37ff0ef          	jal	80402462 <fd_alloc>
80402830:	842a                	mv	s0,a0
80402832:	00054a63          	bltz	a0,80402846 <sys_open+0x80>
80402836:	50ba                	lw	ra,172(sp)
80402838:	8522                	mv	a0,s0
8040283a:	542a                	lw	s0,168(sp)
8040283c:	549a                	lw	s1,164(sp)
8040283e:	590a                	lw	s2,160(sp)
80402840:	49fa                	lw	s3,156(sp)
80402842:	614d                	add	sp,sp,176
80402844:	8082                	ret
80402846:	854e                	mv	a0,s3
80402848:	b0cfe0ef          	jal	80400b54 <file_close>
8040284c:	b7ed                	j	80402836 <sys_open+0x70>
8040284e:	4532                	lw	a0,12(sp)
80402850:	5421                	li	s0,-24
80402852:	c53fe0ef          	jal	804014a4 <iput>
80402856:	b7c5                	j	80402836 <sys_open+0x70>

80402858 <sys_close>:
80402858:	1141                	add	sp,sp,-16
8040285a:	4501                	li	a0,0
8040285c:	c606                	sw	ra,12(sp)
8040285e:	c422                	sw	s0,8(sp)
80402860:	c226                	sw	s1,4(sp)
80402862:	3d35                	jal	8040269e <arg_raw>
80402864:	47bd                	li	a5,15
80402866:	02a7e863          	bltu	a5,a0,80402896 <sys_close+0x3e>
8040286a:	842a                	mv	s0,a0
8040286c:	0471                	add	s0,s0,28
8040286e:	edaff0ef          	jal	80401f48 <myproc>
80402872:	040a                	sll	s0,s0,0x2
80402874:	9522                	add	a0,a0,s0
80402876:	4544                	lw	s1,12(a0)
80402878:	cc99                	beqz	s1,80402896 <sys_close+0x3e>
8040287a:	eceff0ef          	jal	80401f48 <myproc>
8040287e:	9522                	add	a0,a0,s0
80402880:	00052623          	sw	zero,12(a0)
80402884:	8526                	mv	a0,s1
80402886:	acefe0ef          	jal	80400b54 <file_close>
8040288a:	40b2                	lw	ra,12(sp)
8040288c:	4422                	lw	s0,8(sp)
8040288e:	4492                	lw	s1,4(sp)
80402890:	4501                	li	a0,0
80402892:	0141                	add	sp,sp,16
80402894:	8082                	ret
80402896:	40b2                	lw	ra,12(sp)
80402898:	4422                	lw	s0,8(sp)
8040289a:	4492                	lw	s1,4(sp)
8040289c:	555d                	li	a0,-9
8040289e:	0141                	add	sp,sp,16
804028a0:	8082                	ret

804028a2 <sys_lseek>:
804028a2:	1141                	add	sp,sp,-16
804028a4:	4501                	li	a0,0
804028a6:	c606                	sw	ra,12(sp)
804028a8:	c422                	sw	s0,8(sp)
804028aa:	c226                	sw	s1,4(sp)
804028ac:	3bcd                	jal	8040269e <arg_raw>
804028ae:	47bd                	li	a5,15
804028b0:	02a7e863          	bltu	a5,a0,804028e0 <sys_lseek+0x3e>
804028b4:	842a                	mv	s0,a0
804028b6:	0471                	add	s0,s0,28
804028b8:	e90ff0ef          	jal	80401f48 <myproc>
804028bc:	040a                	sll	s0,s0,0x2
804028be:	9522                	add	a0,a0,s0
804028c0:	4544                	lw	s1,12(a0)
804028c2:	cc99                	beqz	s1,804028e0 <sys_lseek+0x3e>
804028c4:	4505                	li	a0,1
804028c6:	3be1                	jal	8040269e <arg_raw>
804028c8:	842a                	mv	s0,a0
804028ca:	4509                	li	a0,2
804028cc:	3bc9                	jal	8040269e <arg_raw>
804028ce:	85a2                	mv	a1,s0
804028d0:	4422                	lw	s0,8(sp)
804028d2:	40b2                	lw	ra,12(sp)
804028d4:	862a                	mv	a2,a0
804028d6:	8526                	mv	a0,s1
804028d8:	4492                	lw	s1,4(sp)
804028da:	0141                	add	sp,sp,16
804028dc:	b5efe06f          	j	80400c3a <file_seek>
804028e0:	40b2                	lw	ra,12(sp)
804028e2:	4422                	lw	s0,8(sp)
804028e4:	4492                	lw	s1,4(sp)
804028e6:	555d                	li	a0,-9
804028e8:	0141                	add	sp,sp,16
804028ea:	8082                	ret

804028ec <sys_unlink>:
804028ec:	7175                	add	sp,sp,-144
804028ee:	08000613          	li	a2,128
804028f2:	858a                	mv	a1,sp
804028f4:	4501                	li	a0,0
804028f6:	c706                	sw	ra,140(sp)
804028f8:	33f5                	jal	804026e4 <arg_str>
804028fa:	00054563          	bltz	a0,80402904 <sys_unlink+0x18>
804028fe:	850a                	mv	a0,sp
80402900:	cedfd0ef          	jal	804005ec <fs_unlink>
80402904:	40ba                	lw	ra,140(sp)
80402906:	6149                	add	sp,sp,144
80402908:	8082                	ret

8040290a <sys_readdir>:
8040290a:	7179                	add	sp,sp,-48
8040290c:	4501                	li	a0,0
8040290e:	d606                	sw	ra,44(sp)
80402910:	d422                	sw	s0,40(sp)
80402912:	d226                	sw	s1,36(sp)
80402914:	d8bff0ef          	jal	8040269e <arg_raw>
80402918:	860a                	mv	a2,sp
8040291a:	004c                	add	a1,sp,4
8040291c:	d63fd0ef          	jal	8040067e <fs_readdir>
80402920:	02054d63          	bltz	a0,8040295a <sys_readdir+0x50>
80402924:	0048                	add	a0,sp,4
80402926:	c89ff0ef          	jal	804025ae <strlen>
8040292a:	842a                	mv	s0,a0
8040292c:	4509                	li	a0,2
8040292e:	0405                	add	s0,s0,1
80402930:	d6fff0ef          	jal	8040269e <arg_raw>
80402934:	04856163          	bltu	a0,s0,80402976 <sys_readdir+0x6c>
80402938:	e10ff0ef          	jal	80401f48 <myproc>
8040293c:	5904                	lw	s1,48(a0)
8040293e:	4505                	li	a0,1
80402940:	d5fff0ef          	jal	8040269e <arg_raw>
80402944:	85aa                	mv	a1,a0
80402946:	86a2                	mv	a3,s0
80402948:	0050                	add	a2,sp,4
8040294a:	8526                	mv	a0,s1
8040294c:	0b5000ef          	jal	80403200 <copyout>
80402950:	02054663          	bltz	a0,8040297c <sys_readdir+0x72>
80402954:	4502                	lw	a0,0(sp)
80402956:	00054763          	bltz	a0,80402964 <sys_readdir+0x5a>
8040295a:	50b2                	lw	ra,44(sp)
8040295c:	5422                	lw	s0,40(sp)
8040295e:	5492                	lw	s1,36(sp)
80402960:	6145                	add	sp,sp,48
80402962:	8082                	ret
80402964:	50b2                	lw	ra,44(sp)
80402966:	5422                	lw	s0,40(sp)
80402968:	80000537          	lui	a0,0x80000
8040296c:	5492                	lw	s1,36(sp)
8040296e:	fff54513          	not	a0,a0
80402972:	6145                	add	sp,sp,48
80402974:	8082                	ret
80402976:	fdc00513          	li	a0,-36
8040297a:	b7c5                	j	8040295a <sys_readdir+0x50>
8040297c:	5549                	li	a0,-14
8040297e:	bff1                	j	8040295a <sys_readdir+0x50>

80402980 <sys_exit>:
80402980:	1141                	add	sp,sp,-16
80402982:	4501                	li	a0,0
80402984:	c606                	sw	ra,12(sp)
80402986:	d19ff0ef          	jal	8040269e <arg_raw>
8040298a:	0ff57513          	zext.b	a0,a0
8040298e:	911ff0ef          	jal	8040229e <proc_exit>

80402992 <sys_getpid>:
80402992:	1141                	add	sp,sp,-16
80402994:	c606                	sw	ra,12(sp)
80402996:	db2ff0ef          	jal	80401f48 <myproc>
8040299a:	40b2                	lw	ra,12(sp)
8040299c:	4148                	lw	a0,4(a0)
8040299e:	0141                	add	sp,sp,16
804029a0:	8082                	ret

804029a2 <sys_yield>:
804029a2:	1141                	add	sp,sp,-16
804029a4:	c606                	sw	ra,12(sp)
804029a6:	fa6ff0ef          	jal	8040214c <yield>
804029aa:	40b2                	lw	ra,12(sp)
804029ac:	4501                	li	a0,0
804029ae:	0141                	add	sp,sp,16
804029b0:	8082                	ret

804029b2 <sys_sleep>:
804029b2:	1141                	add	sp,sp,-16
804029b4:	4501                	li	a0,0
804029b6:	c606                	sw	ra,12(sp)
804029b8:	ce7ff0ef          	jal	8040269e <arg_raw>
804029bc:	2cfd                	jal	80402cba <timer_sleep_ms>
804029be:	40b2                	lw	ra,12(sp)
804029c0:	4501                	li	a0,0
804029c2:	0141                	add	sp,sp,16
804029c4:	8082                	ret

804029c6 <sys_uptime>:
804029c6:	ac55                	j	80402c7a <uptime_ms>

804029c8 <sys_sbrk>:
804029c8:	1101                	add	sp,sp,-32
804029ca:	ce06                	sw	ra,28(sp)
804029cc:	cc22                	sw	s0,24(sp)
804029ce:	c64e                	sw	s3,12(sp)
804029d0:	c452                	sw	s4,8(sp)
804029d2:	ca26                	sw	s1,20(sp)
804029d4:	c84a                	sw	s2,16(sp)
804029d6:	d72ff0ef          	jal	80401f48 <myproc>
804029da:	8a2a                	mv	s4,a0
804029dc:	4501                	li	a0,0
804029de:	cc1ff0ef          	jal	8040269e <arg_raw>
804029e2:	842a                	mv	s0,a0
804029e4:	038a2983          	lw	s3,56(s4)
804029e8:	04a05163          	blez	a0,80402a2a <sys_sbrk+0x62>
804029ec:	6785                	lui	a5,0x1
804029ee:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804029f0:	0bfdf737          	lui	a4,0xbfdf
804029f4:	00f98933          	add	s2,s3,a5
804029f8:	76fd                	lui	a3,0xfffff
804029fa:	41370733          	sub	a4,a4,s3
804029fe:	00d97933          	and	s2,s2,a3
80402a02:	06a76a63          	bltu	a4,a0,80402a76 <sys_sbrk+0xae>
80402a06:	00f50633          	add	a2,a0,a5
80402a0a:	964e                	add	a2,a2,s3
80402a0c:	8e75                	and	a2,a2,a3
80402a0e:	04c96563          	bltu	s2,a2,80402a58 <sys_sbrk+0x90>
80402a12:	944e                	add	s0,s0,s3
80402a14:	028a2c23          	sw	s0,56(s4)
80402a18:	854e                	mv	a0,s3
80402a1a:	40f2                	lw	ra,28(sp)
80402a1c:	4462                	lw	s0,24(sp)
80402a1e:	44d2                	lw	s1,20(sp)
80402a20:	4942                	lw	s2,16(sp)
80402a22:	49b2                	lw	s3,12(sp)
80402a24:	4a22                	lw	s4,8(sp)
80402a26:	6105                	add	sp,sp,32
80402a28:	8082                	ret
80402a2a:	d565                	beqz	a0,80402a12 <sys_sbrk+0x4a>
80402a2c:	034a2703          	lw	a4,52(s4)
80402a30:	40a007b3          	neg	a5,a0
80402a34:	40e98733          	sub	a4,s3,a4
80402a38:	04f76163          	bltu	a4,a5,80402a7a <sys_sbrk+0xb2>
80402a3c:	6605                	lui	a2,0x1
80402a3e:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402a40:	00c505b3          	add	a1,a0,a2
80402a44:	77fd                	lui	a5,0xfffff
80402a46:	95ce                	add	a1,a1,s3
80402a48:	964e                	add	a2,a2,s3
80402a4a:	030a2503          	lw	a0,48(s4)
80402a4e:	8dfd                	and	a1,a1,a5
80402a50:	8e7d                	and	a2,a2,a5
80402a52:	8e0d                	sub	a2,a2,a1
80402a54:	23a5                	jal	80402fbc <uvm_dealloc>
80402a56:	bf75                	j	80402a12 <sys_sbrk+0x4a>
80402a58:	030a2503          	lw	a0,48(s4)
80402a5c:	412604b3          	sub	s1,a2,s2
80402a60:	4699                	li	a3,6
80402a62:	8626                	mv	a2,s1
80402a64:	85ca                	mv	a1,s2
80402a66:	29c1                	jal	80402f36 <uvm_alloc>
80402a68:	fa0555e3          	bgez	a0,80402a12 <sys_sbrk+0x4a>
80402a6c:	030a2503          	lw	a0,48(s4)
80402a70:	8626                	mv	a2,s1
80402a72:	85ca                	mv	a1,s2
80402a74:	23a1                	jal	80402fbc <uvm_dealloc>
80402a76:	5551                	li	a0,-12
80402a78:	b74d                	j	80402a1a <sys_sbrk+0x52>
80402a7a:	5529                	li	a0,-22
80402a7c:	bf79                	j	80402a1a <sys_sbrk+0x52>

80402a7e <sys_spawn>:
80402a7e:	7129                	add	sp,sp,-320
80402a80:	08000613          	li	a2,128
80402a84:	006c                	add	a1,sp,12
80402a86:	4501                	li	a0,0
80402a88:	12812c23          	sw	s0,312(sp)
80402a8c:	12112e23          	sw	ra,316(sp)
80402a90:	12912a23          	sw	s1,308(sp)
80402a94:	13212823          	sw	s2,304(sp)
80402a98:	13312623          	sw	s3,300(sp)
80402a9c:	13412423          	sw	s4,296(sp)
80402aa0:	13512223          	sw	s5,292(sp)
80402aa4:	13612023          	sw	s6,288(sp)
80402aa8:	11712e23          	sw	s7,284(sp)
80402aac:	11812c23          	sw	s8,280(sp)
80402ab0:	c35ff0ef          	jal	804026e4 <arg_str>
80402ab4:	842a                	mv	s0,a0
80402ab6:	02054863          	bltz	a0,80402ae6 <sys_spawn+0x68>
80402aba:	d79fe0ef          	jal	80401832 <kalloc>
80402abe:	8a2a                	mv	s4,a0
80402ac0:	c969                	beqz	a0,80402b92 <sys_spawn+0x114>
80402ac2:	4505                	li	a0,1
80402ac4:	bdbff0ef          	jal	8040269e <arg_raw>
80402ac8:	e531                	bnez	a0,80402b14 <sys_spawn+0x96>
80402aca:	007c                	add	a5,sp,12
80402acc:	c73e                	sw	a5,140(sp)
80402ace:	c902                	sw	zero,144(sp)
80402ad0:	c78ff0ef          	jal	80401f48 <myproc>
80402ad4:	862a                	mv	a2,a0
80402ad6:	016c                	add	a1,sp,140
80402ad8:	0068                	add	a0,sp,12
80402ada:	cb9fd0ef          	jal	80400792 <proc_spawn>
80402ade:	842a                	mv	s0,a0
80402ae0:	8552                	mv	a0,s4
80402ae2:	d7bfe0ef          	jal	8040185c <kfree>
80402ae6:	13c12083          	lw	ra,316(sp)
80402aea:	8522                	mv	a0,s0
80402aec:	13812403          	lw	s0,312(sp)
80402af0:	13412483          	lw	s1,308(sp)
80402af4:	13012903          	lw	s2,304(sp)
80402af8:	12c12983          	lw	s3,300(sp)
80402afc:	12812a03          	lw	s4,296(sp)
80402b00:	12412a83          	lw	s5,292(sp)
80402b04:	12012b03          	lw	s6,288(sp)
80402b08:	11c12b83          	lw	s7,284(sp)
80402b0c:	11812c03          	lw	s8,280(sp)
80402b10:	6131                	add	sp,sp,320
80402b12:	8082                	ret
80402b14:	4505                	li	a0,1
80402b16:	b89ff0ef          	jal	8040269e <arg_raw>
80402b1a:	8b2a                	mv	s6,a0
80402b1c:	c2cff0ef          	jal	80401f48 <myproc>
80402b20:	03052a83          	lw	s5,48(a0) # 80000030 <_entry-0x3fffd0>
80402b24:	4481                	li	s1,0
80402b26:	4901                	li	s2,0
80402b28:	08000c13          	li	s8,128
80402b2c:	6b85                	lui	s7,0x1
80402b2e:	a831                	j	80402b4a <sys_spawn+0xcc>
80402b30:	784000ef          	jal	804032b4 <copyinstr>
80402b34:	0491                	add	s1,s1,4
80402b36:	0178                	add	a4,sp,140
80402b38:	842a                	mv	s0,a0
80402b3a:	00150793          	add	a5,a0,1
80402b3e:	9726                	add	a4,a4,s1
80402b40:	04054363          	bltz	a0,80402b86 <sys_spawn+0x108>
80402b44:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402b48:	993e                	add	s2,s2,a5
80402b4a:	002c                	add	a1,sp,8
80402b4c:	4691                	li	a3,4
80402b4e:	009b0633          	add	a2,s6,s1
80402b52:	8556                	mv	a0,s5
80402b54:	2bdd                	jal	8040314a <copyin>
80402b56:	012a09b3          	add	s3,s4,s2
80402b5a:	87aa                	mv	a5,a0
80402b5c:	412b86b3          	sub	a3,s7,s2
80402b60:	85ce                	mv	a1,s3
80402b62:	8556                	mv	a0,s5
80402b64:	0007c863          	bltz	a5,80402b74 <sys_spawn+0xf6>
80402b68:	4622                	lw	a2,8(sp)
80402b6a:	c619                	beqz	a2,80402b78 <sys_spawn+0xfa>
80402b6c:	fd8492e3          	bne	s1,s8,80402b30 <sys_spawn+0xb2>
80402b70:	5429                	li	s0,-22
80402b72:	b7bd                	j	80402ae0 <sys_spawn+0x62>
80402b74:	5449                	li	s0,-14
80402b76:	b7ad                	j	80402ae0 <sys_spawn+0x62>
80402b78:	11048793          	add	a5,s1,272
80402b7c:	002784b3          	add	s1,a5,sp
80402b80:	f604ae23          	sw	zero,-132(s1)
80402b84:	b7b1                	j	80402ad0 <sys_spawn+0x52>
80402b86:	fdc00793          	li	a5,-36
80402b8a:	f4f51be3          	bne	a0,a5,80402ae0 <sys_spawn+0x62>
80402b8e:	5429                	li	s0,-22
80402b90:	bf81                	j	80402ae0 <sys_spawn+0x62>
80402b92:	5451                	li	s0,-12
80402b94:	bf89                	j	80402ae6 <sys_spawn+0x68>

80402b96 <sys_wait>:
80402b96:	1141                	add	sp,sp,-16
80402b98:	4501                	li	a0,0
80402b9a:	c606                	sw	ra,12(sp)
80402b9c:	c422                	sw	s0,8(sp)
80402b9e:	b01ff0ef          	jal	8040269e <arg_raw>
80402ba2:	842a                	mv	s0,a0
80402ba4:	4505                	li	a0,1
80402ba6:	af9ff0ef          	jal	8040269e <arg_raw>
80402baa:	85aa                	mv	a1,a0
80402bac:	8522                	mv	a0,s0
80402bae:	4422                	lw	s0,8(sp)
80402bb0:	40b2                	lw	ra,12(sp)
80402bb2:	0141                	add	sp,sp,16
80402bb4:	fc8ff06f          	j	8040237c <proc_wait>

80402bb8 <timer_init>:
80402bb8:	c81027f3          	rdtimeh	a5
80402bbc:	c01026f3          	rdtime	a3
80402bc0:	c8102773          	rdtimeh	a4
80402bc4:	fee79ae3          	bne	a5,a4,80402bb8 <timer_init>
80402bc8:	6561                	lui	a0,0x18
80402bca:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402bce:	9536                	add	a0,a0,a3
80402bd0:	00d535b3          	sltu	a1,a0,a3
80402bd4:	80429637          	lui	a2,0x80429
80402bd8:	80429737          	lui	a4,0x80429
80402bdc:	95be                	add	a1,a1,a5
80402bde:	04d62c23          	sw	a3,88(a2) # 80429058 <boot_time>
80402be2:	04f62e23          	sw	a5,92(a2)
80402be6:	04a72823          	sw	a0,80(a4) # 80429050 <next_tick>
80402bea:	04b72a23          	sw	a1,84(a4)
80402bee:	0e50106f          	j	804044d2 <arch_set_timer>

80402bf2 <timer_intr>:
80402bf2:	1141                	add	sp,sp,-16
80402bf4:	c606                	sw	ra,12(sp)
80402bf6:	c422                	sw	s0,8(sp)
80402bf8:	c226                	sw	s1,4(sp)
80402bfa:	c8102473          	rdtimeh	s0
80402bfe:	c01024f3          	rdtime	s1
80402c02:	c81027f3          	rdtimeh	a5
80402c06:	fef41ae3          	bne	s0,a5,80402bfa <timer_intr+0x8>
80402c0a:	804296b7          	lui	a3,0x80429
80402c0e:	0506a783          	lw	a5,80(a3) # 80429050 <next_tick>
80402c12:	6761                	lui	a4,0x18
80402c14:	0546a603          	lw	a2,84(a3)
80402c18:	6a070713          	add	a4,a4,1696 # 186a0 <_entry-0x803e7960>
80402c1c:	973e                	add	a4,a4,a5
80402c1e:	00f737b3          	sltu	a5,a4,a5
80402c22:	97b2                	add	a5,a5,a2
80402c24:	853a                	mv	a0,a4
80402c26:	85be                	mv	a1,a5
80402c28:	00f46d63          	bltu	s0,a5,80402c42 <timer_intr+0x50>
80402c2c:	04878463          	beq	a5,s0,80402c74 <timer_intr+0x82>
80402c30:	6561                	lui	a0,0x18
80402c32:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402c36:	9526                	add	a0,a0,s1
80402c38:	009535b3          	sltu	a1,a0,s1
80402c3c:	95a2                	add	a1,a1,s0
80402c3e:	872a                	mv	a4,a0
80402c40:	87ae                	mv	a5,a1
80402c42:	04e6a823          	sw	a4,80(a3)
80402c46:	04f6aa23          	sw	a5,84(a3)
80402c4a:	089010ef          	jal	804044d2 <arch_set_timer>
80402c4e:	804297b7          	lui	a5,0x80429
80402c52:	04c7a703          	lw	a4,76(a5) # 8042904c <ticks>
80402c56:	04c78513          	add	a0,a5,76
80402c5a:	0705                	add	a4,a4,1
80402c5c:	04e7a623          	sw	a4,76(a5)
80402c60:	dc4ff0ef          	jal	80402224 <wakeup>
80402c64:	85a2                	mv	a1,s0
80402c66:	4422                	lw	s0,8(sp)
80402c68:	40b2                	lw	ra,12(sp)
80402c6a:	8526                	mv	a0,s1
80402c6c:	4492                	lw	s1,4(sp)
80402c6e:	0141                	add	sp,sp,16
80402c70:	d6cff06f          	j	804021dc <wakeup_expired>
80402c74:	fce4e7e3          	bltu	s1,a4,80402c42 <timer_intr+0x50>
80402c78:	bf65                	j	80402c30 <timer_intr+0x3e>

80402c7a <uptime_ms>:
80402c7a:	1141                	add	sp,sp,-16
80402c7c:	c606                	sw	ra,12(sp)
80402c7e:	c81027f3          	rdtimeh	a5
80402c82:	c01025f3          	rdtime	a1
80402c86:	c8102773          	rdtimeh	a4
80402c8a:	fee79ae3          	bne	a5,a4,80402c7e <uptime_ms+0x4>
80402c8e:	80429737          	lui	a4,0x80429
80402c92:	05872503          	lw	a0,88(a4) # 80429058 <boot_time>
80402c96:	05c72703          	lw	a4,92(a4)
80402c9a:	6609                	lui	a2,0x2
80402c9c:	40a58533          	sub	a0,a1,a0
80402ca0:	00a5b5b3          	sltu	a1,a1,a0
80402ca4:	8f99                	sub	a5,a5,a4
80402ca6:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80402caa:	4681                	li	a3,0
80402cac:	40b785b3          	sub	a1,a5,a1
80402cb0:	5e1020ef          	jal	80405a90 <__udivdi3>
80402cb4:	40b2                	lw	ra,12(sp)
80402cb6:	0141                	add	sp,sp,16
80402cb8:	8082                	ret

80402cba <timer_sleep_ms>:
80402cba:	1141                	add	sp,sp,-16
80402cbc:	c606                	sw	ra,12(sp)
80402cbe:	c422                	sw	s0,8(sp)
80402cc0:	c226                	sw	s1,4(sp)
80402cc2:	c04a                	sw	s2,0(sp)
80402cc4:	c8102773          	rdtimeh	a4
80402cc8:	c01027f3          	rdtime	a5
80402ccc:	c81026f3          	rdtimeh	a3
80402cd0:	fed71ae3          	bne	a4,a3,80402cc4 <timer_sleep_ms+0xa>
80402cd4:	6689                	lui	a3,0x2
80402cd6:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80402cda:	02d50933          	mul	s2,a0,a3
80402cde:	804294b7          	lui	s1,0x80429
80402ce2:	02d53533          	mulhu	a0,a0,a3
80402ce6:	993e                	add	s2,s2,a5
80402ce8:	00f937b3          	sltu	a5,s2,a5
80402cec:	972a                	add	a4,a4,a0
80402cee:	00e78433          	add	s0,a5,a4
80402cf2:	c81027f3          	rdtimeh	a5
80402cf6:	c01026f3          	rdtime	a3
80402cfa:	c8102773          	rdtimeh	a4
80402cfe:	fee79ae3          	bne	a5,a4,80402cf2 <timer_sleep_ms+0x38>
80402d02:	04c48513          	add	a0,s1,76 # 8042904c <ticks>
80402d06:	0087f563          	bgeu	a5,s0,80402d10 <timer_sleep_ms+0x56>
80402d0a:	c5eff0ef          	jal	80402168 <sleep_on>
80402d0e:	b7d5                	j	80402cf2 <timer_sleep_ms+0x38>
80402d10:	00f41463          	bne	s0,a5,80402d18 <timer_sleep_ms+0x5e>
80402d14:	ff26ebe3          	bltu	a3,s2,80402d0a <timer_sleep_ms+0x50>
80402d18:	40b2                	lw	ra,12(sp)
80402d1a:	4422                	lw	s0,8(sp)
80402d1c:	4492                	lw	s1,4(sp)
80402d1e:	4902                	lw	s2,0(sp)
80402d20:	0141                	add	sp,sp,16
80402d22:	8082                	ret

80402d24 <user_trap_return>:
80402d24:	1141                	add	sp,sp,-16
80402d26:	c606                	sw	ra,12(sp)
80402d28:	a20ff0ef          	jal	80401f48 <myproc>
80402d2c:	804297b7          	lui	a5,0x80429
80402d30:	09c7a783          	lw	a5,156(a5) # 8042909c <pv_shared_info>
80402d34:	4705                	li	a4,1
80402d36:	00e780a3          	sb	a4,1(a5)
80402d3a:	4128                	lw	a0,64(a0)
80402d3c:	7b4010ef          	jal	804044f0 <arch_user_return>

80402d40 <user_trap>:
80402d40:	1141                	add	sp,sp,-16
80402d42:	c422                	sw	s0,8(sp)
80402d44:	c606                	sw	ra,12(sp)
80402d46:	842a                	mv	s0,a0
80402d48:	a00ff0ef          	jal	80401f48 <myproc>
80402d4c:	08842783          	lw	a5,136(s0)
80402d50:	0607c463          	bltz	a5,80402db8 <user_trap+0x78>
80402d54:	46a1                	li	a3,8
80402d56:	08042703          	lw	a4,128(s0)
80402d5a:	04d78463          	beq	a5,a3,80402da2 <user_trap+0x62>
80402d5e:	46bd                	li	a3,15
80402d60:	4150                	lw	a2,4(a0)
80402d62:	00c50593          	add	a1,a0,12
80402d66:	04f6e463          	bltu	a3,a5,80402dae <user_trap+0x6e>
80402d6a:	804066b7          	lui	a3,0x80406
80402d6e:	078a                	sll	a5,a5,0x2
80402d70:	52468693          	add	a3,a3,1316 # 80406524 <names.0>
80402d74:	96be                	add	a3,a3,a5
80402d76:	4294                	lw	a3,0(a3)
80402d78:	ca9d                	beqz	a3,80402dae <user_trap+0x6e>
80402d7a:	08c42783          	lw	a5,140(s0)
80402d7e:	80406537          	lui	a0,0x80406
80402d82:	39c50513          	add	a0,a0,924 # 8040639c <syscalls+0x64>
80402d86:	920ff0ef          	jal	80401ea6 <kprintf>
80402d8a:	08842783          	lw	a5,136(s0)
80402d8e:	4709                	li	a4,2
80402d90:	02e78b63          	beq	a5,a4,80402dc6 <user_trap+0x86>
80402d94:	470d                	li	a4,3
80402d96:	02e78b63          	beq	a5,a4,80402dcc <user_trap+0x8c>
80402d9a:	08b00513          	li	a0,139
80402d9e:	d00ff0ef          	jal	8040229e <proc_exit>
80402da2:	0711                	add	a4,a4,4
80402da4:	08e42023          	sw	a4,128(s0)
80402da8:	8bfff0ef          	jal	80402666 <syscall>
80402dac:	3fa5                	jal	80402d24 <user_trap_return>
80402dae:	804066b7          	lui	a3,0x80406
80402db2:	38468693          	add	a3,a3,900 # 80406384 <syscalls+0x4c>
80402db6:	b7d1                	j	80402d7a <user_trap+0x3a>
80402db8:	853e                	mv	a0,a5
80402dba:	6ec010ef          	jal	804044a6 <arch_interrupt>
80402dbe:	d57d                	beqz	a0,80402dac <user_trap+0x6c>
80402dc0:	b8cff0ef          	jal	8040214c <yield>
80402dc4:	b7e5                	j	80402dac <user_trap+0x6c>
80402dc6:	08400513          	li	a0,132
80402dca:	bfd1                	j	80402d9e <user_trap+0x5e>
80402dcc:	08500513          	li	a0,133
80402dd0:	b7f9                	j	80402d9e <user_trap+0x5e>

80402dd2 <kernel_trap>:
80402dd2:	87aa                	mv	a5,a0
80402dd4:	08852503          	lw	a0,136(a0)
80402dd8:	1141                	add	sp,sp,-16
80402dda:	c606                	sw	ra,12(sp)
80402ddc:	00055b63          	bgez	a0,80402df2 <kernel_trap+0x20>
80402de0:	0847a783          	lw	a5,132(a5)
80402de4:	1007f793          	and	a5,a5,256
80402de8:	cf85                	beqz	a5,80402e20 <kernel_trap+0x4e>
80402dea:	40b2                	lw	ra,12(sp)
80402dec:	0141                	add	sp,sp,16
80402dee:	6b80106f          	j	804044a6 <arch_interrupt>
80402df2:	473d                	li	a4,15
80402df4:	02a76c63          	bltu	a4,a0,80402e2c <kernel_trap+0x5a>
80402df8:	80406737          	lui	a4,0x80406
80402dfc:	00251693          	sll	a3,a0,0x2
80402e00:	52470713          	add	a4,a4,1316 # 80406524 <names.0>
80402e04:	9736                	add	a4,a4,a3
80402e06:	430c                	lw	a1,0(a4)
80402e08:	c195                	beqz	a1,80402e2c <kernel_trap+0x5a>
80402e0a:	08c7a703          	lw	a4,140(a5)
80402e0e:	0807a683          	lw	a3,128(a5)
80402e12:	862a                	mv	a2,a0
80402e14:	80406537          	lui	a0,0x80406
80402e18:	3cc50513          	add	a0,a0,972 # 804063cc <syscalls+0x94>
80402e1c:	8b0ff0ef          	jal	80401ecc <panic>
80402e20:	80406537          	lui	a0,0x80406
80402e24:	40850513          	add	a0,a0,1032 # 80406408 <syscalls+0xd0>
80402e28:	8a4ff0ef          	jal	80401ecc <panic>
80402e2c:	804065b7          	lui	a1,0x80406
80402e30:	38458593          	add	a1,a1,900 # 80406384 <syscalls+0x4c>
80402e34:	bfd9                	j	80402e0a <kernel_trap+0x38>

80402e36 <pt_walk>:
80402e36:	0165d793          	srl	a5,a1,0x16
80402e3a:	1141                	add	sp,sp,-16
80402e3c:	078a                	sll	a5,a5,0x2
80402e3e:	c04a                	sw	s2,0(sp)
80402e40:	00f50933          	add	s2,a0,a5
80402e44:	00092503          	lw	a0,0(s2)
80402e48:	c422                	sw	s0,8(sp)
80402e4a:	c606                	sw	ra,12(sp)
80402e4c:	c226                	sw	s1,4(sp)
80402e4e:	00157793          	and	a5,a0,1
80402e52:	842e                	mv	s0,a1
80402e54:	c38d                	beqz	a5,80402e76 <pt_walk+0x40>
80402e56:	00e57793          	and	a5,a0,14
80402e5a:	e3b9                	bnez	a5,80402ea0 <pt_walk+0x6a>
80402e5c:	8031                	srl	s0,s0,0xc
80402e5e:	3ff47413          	and	s0,s0,1023
80402e62:	45a010ef          	jal	804042bc <arch_pte_page>
80402e66:	040a                	sll	s0,s0,0x2
80402e68:	40b2                	lw	ra,12(sp)
80402e6a:	9522                	add	a0,a0,s0
80402e6c:	4422                	lw	s0,8(sp)
80402e6e:	4492                	lw	s1,4(sp)
80402e70:	4902                	lw	s2,0(sp)
80402e72:	0141                	add	sp,sp,16
80402e74:	8082                	ret
80402e76:	c60d                	beqz	a2,80402ea0 <pt_walk+0x6a>
80402e78:	0ec010ef          	jal	80403f64 <arch_pt_alloc>
80402e7c:	84aa                	mv	s1,a0
80402e7e:	c10d                	beqz	a0,80402ea0 <pt_walk+0x6a>
80402e80:	8031                	srl	s0,s0,0xc
80402e82:	85aa                	mv	a1,a0
80402e84:	3ff47413          	and	s0,s0,1023
80402e88:	854a                	mv	a0,s2
80402e8a:	27a010ef          	jal	80404104 <arch_pt_link>
80402e8e:	040a                	sll	s0,s0,0x2
80402e90:	00848533          	add	a0,s1,s0
80402e94:	40b2                	lw	ra,12(sp)
80402e96:	4422                	lw	s0,8(sp)
80402e98:	4492                	lw	s1,4(sp)
80402e9a:	4902                	lw	s2,0(sp)
80402e9c:	0141                	add	sp,sp,16
80402e9e:	8082                	ret
80402ea0:	40b2                	lw	ra,12(sp)
80402ea2:	4422                	lw	s0,8(sp)
80402ea4:	4492                	lw	s1,4(sp)
80402ea6:	4902                	lw	s2,0(sp)
80402ea8:	4501                	li	a0,0
80402eaa:	0141                	add	sp,sp,16
80402eac:	8082                	ret

80402eae <uvm_free>:
80402eae:	1101                	add	sp,sp,-32
80402eb0:	c05a                	sw	s6,0(sp)
80402eb2:	8b2a                	mv	s6,a0
80402eb4:	c84a                	sw	s2,16(sp)
80402eb6:	c452                	sw	s4,8(sp)
80402eb8:	c256                	sw	s5,4(sp)
80402eba:	ce06                	sw	ra,28(sp)
80402ebc:	cc22                	sw	s0,24(sp)
80402ebe:	ca26                	sw	s1,20(sp)
80402ec0:	c64e                	sw	s3,12(sp)
80402ec2:	892a                	mv	s2,a0
80402ec4:	0c0b0a13          	add	s4,s6,192
80402ec8:	0f4010ef          	jal	80403fbc <arch_pt_unpin>
80402ecc:	6a85                	lui	s5,0x1
80402ece:	a021                	j	80402ed6 <uvm_free+0x28>
80402ed0:	0911                	add	s2,s2,4
80402ed2:	03490c63          	beq	s2,s4,80402f0a <uvm_free+0x5c>
80402ed6:	00092503          	lw	a0,0(s2)
80402eda:	00157793          	and	a5,a0,1
80402ede:	dbed                	beqz	a5,80402ed0 <uvm_free+0x22>
80402ee0:	3dc010ef          	jal	804042bc <arch_pte_page>
80402ee4:	89aa                	mv	s3,a0
80402ee6:	842a                	mv	s0,a0
80402ee8:	015984b3          	add	s1,s3,s5
80402eec:	0d0010ef          	jal	80403fbc <arch_pt_unpin>
80402ef0:	4008                	lw	a0,0(s0)
80402ef2:	0411                	add	s0,s0,4
80402ef4:	00157793          	and	a5,a0,1
80402ef8:	eb85                	bnez	a5,80402f28 <uvm_free+0x7a>
80402efa:	fe941be3          	bne	s0,s1,80402ef0 <uvm_free+0x42>
80402efe:	854e                	mv	a0,s3
80402f00:	0911                	add	s2,s2,4
80402f02:	184010ef          	jal	80404086 <arch_pt_free>
80402f06:	fd4918e3          	bne	s2,s4,80402ed6 <uvm_free+0x28>
80402f0a:	855a                	mv	a0,s6
80402f0c:	17a010ef          	jal	80404086 <arch_pt_free>
80402f10:	4462                	lw	s0,24(sp)
80402f12:	40f2                	lw	ra,28(sp)
80402f14:	44d2                	lw	s1,20(sp)
80402f16:	4942                	lw	s2,16(sp)
80402f18:	49b2                	lw	s3,12(sp)
80402f1a:	4a22                	lw	s4,8(sp)
80402f1c:	4a92                	lw	s5,4(sp)
80402f1e:	855a                	mv	a0,s6
80402f20:	4b02                	lw	s6,0(sp)
80402f22:	6105                	add	sp,sp,32
80402f24:	3160106f          	j	8040423a <arch_pt_commit>
80402f28:	394010ef          	jal	804042bc <arch_pte_page>
80402f2c:	931fe0ef          	jal	8040185c <kfree>
80402f30:	fc9410e3          	bne	s0,s1,80402ef0 <uvm_free+0x42>
80402f34:	b7e9                	j	80402efe <uvm_free+0x50>

80402f36 <uvm_alloc>:
80402f36:	1101                	add	sp,sp,-32
80402f38:	c84a                	sw	s2,16(sp)
80402f3a:	c64e                	sw	s3,12(sp)
80402f3c:	ce06                	sw	ra,28(sp)
80402f3e:	cc22                	sw	s0,24(sp)
80402f40:	ca26                	sw	s1,20(sp)
80402f42:	c452                	sw	s4,8(sp)
80402f44:	c256                	sw	s5,4(sp)
80402f46:	c05a                	sw	s6,0(sp)
80402f48:	00c589b3          	add	s3,a1,a2
80402f4c:	892a                	mv	s2,a0
80402f4e:	0535f663          	bgeu	a1,s3,80402f9a <uvm_alloc+0x64>
80402f52:	84ae                	mv	s1,a1
80402f54:	8b36                	mv	s6,a3
80402f56:	0d16ea93          	or	s5,a3,209
80402f5a:	6a05                	lui	s4,0x1
80402f5c:	a831                	j	80402f78 <uvm_alloc+0x42>
80402f5e:	8d5fe0ef          	jal	80401832 <kalloc>
80402f62:	85d6                	mv	a1,s5
80402f64:	cd0d                	beqz	a0,80402f9e <uvm_alloc+0x68>
80402f66:	318010ef          	jal	8040427e <arch_pte_leaf>
80402f6a:	85aa                	mv	a1,a0
80402f6c:	94d2                	add	s1,s1,s4
80402f6e:	8522                	mv	a0,s0
80402f70:	242010ef          	jal	804041b2 <arch_pt_set>
80402f74:	0334f363          	bgeu	s1,s3,80402f9a <uvm_alloc+0x64>
80402f78:	4605                	li	a2,1
80402f7a:	85a6                	mv	a1,s1
80402f7c:	854a                	mv	a0,s2
80402f7e:	3d65                	jal	80402e36 <pt_walk>
80402f80:	842a                	mv	s0,a0
80402f82:	cd11                	beqz	a0,80402f9e <uvm_alloc+0x68>
80402f84:	410c                	lw	a1,0(a0)
80402f86:	0015f793          	and	a5,a1,1
80402f8a:	dbf1                	beqz	a5,80402f5e <uvm_alloc+0x28>
80402f8c:	0165e5b3          	or	a1,a1,s6
80402f90:	94d2                	add	s1,s1,s4
80402f92:	220010ef          	jal	804041b2 <arch_pt_set>
80402f96:	ff34e1e3          	bltu	s1,s3,80402f78 <uvm_alloc+0x42>
80402f9a:	4401                	li	s0,0
80402f9c:	a011                	j	80402fa0 <uvm_alloc+0x6a>
80402f9e:	5451                	li	s0,-12
80402fa0:	854a                	mv	a0,s2
80402fa2:	298010ef          	jal	8040423a <arch_pt_commit>
80402fa6:	40f2                	lw	ra,28(sp)
80402fa8:	8522                	mv	a0,s0
80402faa:	4462                	lw	s0,24(sp)
80402fac:	44d2                	lw	s1,20(sp)
80402fae:	4942                	lw	s2,16(sp)
80402fb0:	49b2                	lw	s3,12(sp)
80402fb2:	4a22                	lw	s4,8(sp)
80402fb4:	4a92                	lw	s5,4(sp)
80402fb6:	4b02                	lw	s6,0(sp)
80402fb8:	6105                	add	sp,sp,32
80402fba:	8082                	ret

80402fbc <uvm_dealloc>:
80402fbc:	7169                	add	sp,sp,-304
80402fbe:	11512a23          	sw	s5,276(sp)
80402fc2:	12112623          	sw	ra,300(sp)
80402fc6:	12812423          	sw	s0,296(sp)
80402fca:	12912223          	sw	s1,292(sp)
80402fce:	13212023          	sw	s2,288(sp)
80402fd2:	11312e23          	sw	s3,284(sp)
80402fd6:	11412c23          	sw	s4,280(sp)
80402fda:	11612823          	sw	s6,272(sp)
80402fde:	11712623          	sw	s7,268(sp)
80402fe2:	00c58ab3          	add	s5,a1,a2
80402fe6:	0d55f863          	bgeu	a1,s5,804030b6 <uvm_dealloc+0xfa>
80402fea:	84ae                	mv	s1,a1
80402fec:	8a2a                	mv	s4,a0
80402fee:	4901                	li	s2,0
80402ff0:	04000b93          	li	s7,64
80402ff4:	10010993          	add	s3,sp,256
80402ff8:	6b05                	lui	s6,0x1
80402ffa:	a021                	j	80403002 <uvm_dealloc+0x46>
80402ffc:	94da                	add	s1,s1,s6
80402ffe:	0754fa63          	bgeu	s1,s5,80403072 <uvm_dealloc+0xb6>
80403002:	0164d793          	srl	a5,s1,0x16
80403006:	078a                	sll	a5,a5,0x2
80403008:	97d2                	add	a5,a5,s4
8040300a:	4388                	lw	a0,0(a5)
8040300c:	00157793          	and	a5,a0,1
80403010:	d7f5                	beqz	a5,80402ffc <uvm_dealloc+0x40>
80403012:	00e57793          	and	a5,a0,14
80403016:	f3fd                	bnez	a5,80402ffc <uvm_dealloc+0x40>
80403018:	2a4010ef          	jal	804042bc <arch_pte_page>
8040301c:	00c4d793          	srl	a5,s1,0xc
80403020:	3ff7f793          	and	a5,a5,1023
80403024:	078a                	sll	a5,a5,0x2
80403026:	00f50433          	add	s0,a0,a5
8040302a:	d869                	beqz	s0,80402ffc <uvm_dealloc+0x40>
8040302c:	4008                	lw	a0,0(s0)
8040302e:	00157793          	and	a5,a0,1
80403032:	d7e9                	beqz	a5,80402ffc <uvm_dealloc+0x40>
80403034:	288010ef          	jal	804042bc <arch_pte_page>
80403038:	00291793          	sll	a5,s2,0x2
8040303c:	10078793          	add	a5,a5,256
80403040:	872a                	mv	a4,a0
80403042:	0905                	add	s2,s2,1
80403044:	978a                	add	a5,a5,sp
80403046:	4581                	li	a1,0
80403048:	8522                	mv	a0,s0
8040304a:	f0e7a023          	sw	a4,-256(a5)
8040304e:	164010ef          	jal	804041b2 <arch_pt_set>
80403052:	fb7915e3          	bne	s2,s7,80402ffc <uvm_dealloc+0x40>
80403056:	8552                	mv	a0,s4
80403058:	1e2010ef          	jal	8040423a <arch_pt_commit>
8040305c:	840a                	mv	s0,sp
8040305e:	4008                	lw	a0,0(s0)
80403060:	0411                	add	s0,s0,4
80403062:	ffafe0ef          	jal	8040185c <kfree>
80403066:	ff341ce3          	bne	s0,s3,8040305e <uvm_dealloc+0xa2>
8040306a:	94da                	add	s1,s1,s6
8040306c:	4901                	li	s2,0
8040306e:	f954eae3          	bltu	s1,s5,80403002 <uvm_dealloc+0x46>
80403072:	8552                	mv	a0,s4
80403074:	1c6010ef          	jal	8040423a <arch_pt_commit>
80403078:	00090b63          	beqz	s2,8040308e <uvm_dealloc+0xd2>
8040307c:	848a                	mv	s1,sp
8040307e:	4401                	li	s0,0
80403080:	4088                	lw	a0,0(s1)
80403082:	0405                	add	s0,s0,1
80403084:	0491                	add	s1,s1,4
80403086:	fd6fe0ef          	jal	8040185c <kfree>
8040308a:	fe891be3          	bne	s2,s0,80403080 <uvm_dealloc+0xc4>
8040308e:	12c12083          	lw	ra,300(sp)
80403092:	12812403          	lw	s0,296(sp)
80403096:	12412483          	lw	s1,292(sp)
8040309a:	12012903          	lw	s2,288(sp)
8040309e:	11c12983          	lw	s3,284(sp)
804030a2:	11812a03          	lw	s4,280(sp)
804030a6:	11412a83          	lw	s5,276(sp)
804030aa:	11012b03          	lw	s6,272(sp)
804030ae:	10c12b83          	lw	s7,268(sp)
804030b2:	6155                	add	sp,sp,304
804030b4:	8082                	ret
804030b6:	12812403          	lw	s0,296(sp)
804030ba:	12c12083          	lw	ra,300(sp)
804030be:	12412483          	lw	s1,292(sp)
804030c2:	12012903          	lw	s2,288(sp)
804030c6:	11c12983          	lw	s3,284(sp)
804030ca:	11812a03          	lw	s4,280(sp)
804030ce:	11412a83          	lw	s5,276(sp)
804030d2:	11012b03          	lw	s6,272(sp)
804030d6:	10c12b83          	lw	s7,268(sp)
804030da:	6155                	add	sp,sp,304
804030dc:	15e0106f          	j	8040423a <arch_pt_commit>

804030e0 <uvm_kva>:
804030e0:	0c0007b7          	lui	a5,0xc000
804030e4:	00f5e463          	bltu	a1,a5,804030ec <uvm_kva+0xc>
804030e8:	4501                	li	a0,0
804030ea:	8082                	ret
804030ec:	0165d793          	srl	a5,a1,0x16
804030f0:	078a                	sll	a5,a5,0x2
804030f2:	953e                	add	a0,a0,a5
804030f4:	4108                	lw	a0,0(a0)
804030f6:	1101                	add	sp,sp,-32
804030f8:	cc22                	sw	s0,24(sp)
804030fa:	ce06                	sw	ra,28(sp)
804030fc:	c632                	sw	a2,12(sp)
804030fe:	00157793          	and	a5,a0,1
80403102:	842e                	mv	s0,a1
80403104:	cf95                	beqz	a5,80403140 <uvm_kva+0x60>
80403106:	00e57793          	and	a5,a0,14
8040310a:	eb9d                	bnez	a5,80403140 <uvm_kva+0x60>
8040310c:	1b0010ef          	jal	804042bc <arch_pte_page>
80403110:	00c45793          	srl	a5,s0,0xc
80403114:	4632                	lw	a2,12(sp)
80403116:	3ff7f793          	and	a5,a5,1023
8040311a:	078a                	sll	a5,a5,0x2
8040311c:	953e                	add	a0,a0,a5
8040311e:	01166613          	or	a2,a2,17
80403122:	cd19                	beqz	a0,80403140 <uvm_kva+0x60>
80403124:	4108                	lw	a0,0(a0)
80403126:	00c577b3          	and	a5,a0,a2
8040312a:	00c79b63          	bne	a5,a2,80403140 <uvm_kva+0x60>
8040312e:	0452                	sll	s0,s0,0x14
80403130:	18c010ef          	jal	804042bc <arch_pte_page>
80403134:	8051                	srl	s0,s0,0x14
80403136:	40f2                	lw	ra,28(sp)
80403138:	8d41                	or	a0,a0,s0
8040313a:	4462                	lw	s0,24(sp)
8040313c:	6105                	add	sp,sp,32
8040313e:	8082                	ret
80403140:	40f2                	lw	ra,28(sp)
80403142:	4462                	lw	s0,24(sp)
80403144:	4501                	li	a0,0
80403146:	6105                	add	sp,sp,32
80403148:	8082                	ret

8040314a <copyin>:
8040314a:	cacd                	beqz	a3,804031fc <copyin+0xb2>
8040314c:	7179                	add	sp,sp,-48
8040314e:	d04a                	sw	s2,32(sp)
80403150:	d606                	sw	ra,44(sp)
80403152:	d422                	sw	s0,40(sp)
80403154:	d226                	sw	s1,36(sp)
80403156:	ce4e                	sw	s3,28(sp)
80403158:	cc52                	sw	s4,24(sp)
8040315a:	ca56                	sw	s5,20(sp)
8040315c:	c85a                	sw	s6,16(sp)
8040315e:	c65e                	sw	s7,12(sp)
80403160:	c462                	sw	s8,8(sp)
80403162:	0c0007b7          	lui	a5,0xc000
80403166:	8932                	mv	s2,a2
80403168:	00f66f63          	bltu	a2,a5,80403186 <copyin+0x3c>
8040316c:	5549                	li	a0,-14
8040316e:	50b2                	lw	ra,44(sp)
80403170:	5422                	lw	s0,40(sp)
80403172:	5492                	lw	s1,36(sp)
80403174:	5902                	lw	s2,32(sp)
80403176:	49f2                	lw	s3,28(sp)
80403178:	4a62                	lw	s4,24(sp)
8040317a:	4ad2                	lw	s5,20(sp)
8040317c:	4b42                	lw	s6,16(sp)
8040317e:	4bb2                	lw	s7,12(sp)
80403180:	4c22                	lw	s8,8(sp)
80403182:	6145                	add	sp,sp,48
80403184:	8082                	ret
80403186:	6b85                	lui	s7,0x1
80403188:	84b6                	mv	s1,a3
8040318a:	8aaa                	mv	s5,a0
8040318c:	89ae                	mv	s3,a1
8040318e:	4b4d                	li	s6,19
80403190:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
80403194:	0c000a37          	lui	s4,0xc000
80403198:	01695793          	srl	a5,s2,0x16
8040319c:	078a                	sll	a5,a5,0x2
8040319e:	97d6                	add	a5,a5,s5
804031a0:	4388                	lw	a0,0(a5)
804031a2:	00157793          	and	a5,a0,1
804031a6:	00e57713          	and	a4,a0,14
804031aa:	d3e9                	beqz	a5,8040316c <copyin+0x22>
804031ac:	f361                	bnez	a4,8040316c <copyin+0x22>
804031ae:	10e010ef          	jal	804042bc <arch_pte_page>
804031b2:	00c95793          	srl	a5,s2,0xc
804031b6:	3ff7f793          	and	a5,a5,1023
804031ba:	078a                	sll	a5,a5,0x2
804031bc:	953e                	add	a0,a0,a5
804031be:	d55d                	beqz	a0,8040316c <copyin+0x22>
804031c0:	4108                	lw	a0,0(a0)
804031c2:	01357793          	and	a5,a0,19
804031c6:	fb6793e3          	bne	a5,s6,8040316c <copyin+0x22>
804031ca:	0f2010ef          	jal	804042bc <arch_pte_page>
804031ce:	01897433          	and	s0,s2,s8
804031d2:	008565b3          	or	a1,a0,s0
804031d6:	854e                	mv	a0,s3
804031d8:	408b8433          	sub	s0,s7,s0
804031dc:	d9c1                	beqz	a1,8040316c <copyin+0x22>
804031de:	0084f363          	bgeu	s1,s0,804031e4 <copyin+0x9a>
804031e2:	8426                	mv	s0,s1
804031e4:	8622                	mv	a2,s0
804031e6:	8c81                	sub	s1,s1,s0
804031e8:	b66ff0ef          	jal	8040254e <memcpy>
804031ec:	9922                	add	s2,s2,s0
804031ee:	99a2                	add	s3,s3,s0
804031f0:	c481                	beqz	s1,804031f8 <copyin+0xae>
804031f2:	f7497de3          	bgeu	s2,s4,8040316c <copyin+0x22>
804031f6:	b74d                	j	80403198 <copyin+0x4e>
804031f8:	4501                	li	a0,0
804031fa:	bf95                	j	8040316e <copyin+0x24>
804031fc:	4501                	li	a0,0
804031fe:	8082                	ret

80403200 <copyout>:
80403200:	cac5                	beqz	a3,804032b0 <copyout+0xb0>
80403202:	7179                	add	sp,sp,-48
80403204:	d04a                	sw	s2,32(sp)
80403206:	d606                	sw	ra,44(sp)
80403208:	d422                	sw	s0,40(sp)
8040320a:	d226                	sw	s1,36(sp)
8040320c:	ce4e                	sw	s3,28(sp)
8040320e:	cc52                	sw	s4,24(sp)
80403210:	ca56                	sw	s5,20(sp)
80403212:	c85a                	sw	s6,16(sp)
80403214:	c65e                	sw	s7,12(sp)
80403216:	c462                	sw	s8,8(sp)
80403218:	0c0007b7          	lui	a5,0xc000
8040321c:	892e                	mv	s2,a1
8040321e:	00f5ef63          	bltu	a1,a5,8040323c <copyout+0x3c>
80403222:	5549                	li	a0,-14
80403224:	50b2                	lw	ra,44(sp)
80403226:	5422                	lw	s0,40(sp)
80403228:	5492                	lw	s1,36(sp)
8040322a:	5902                	lw	s2,32(sp)
8040322c:	49f2                	lw	s3,28(sp)
8040322e:	4a62                	lw	s4,24(sp)
80403230:	4ad2                	lw	s5,20(sp)
80403232:	4b42                	lw	s6,16(sp)
80403234:	4bb2                	lw	s7,12(sp)
80403236:	4c22                	lw	s8,8(sp)
80403238:	6145                	add	sp,sp,48
8040323a:	8082                	ret
8040323c:	6b85                	lui	s7,0x1
8040323e:	84b6                	mv	s1,a3
80403240:	8aaa                	mv	s5,a0
80403242:	89b2                	mv	s3,a2
80403244:	4b55                	li	s6,21
80403246:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
8040324a:	0c000a37          	lui	s4,0xc000
8040324e:	01695793          	srl	a5,s2,0x16
80403252:	078a                	sll	a5,a5,0x2
80403254:	97d6                	add	a5,a5,s5
80403256:	4388                	lw	a0,0(a5)
80403258:	00157793          	and	a5,a0,1
8040325c:	00e57713          	and	a4,a0,14
80403260:	d3e9                	beqz	a5,80403222 <copyout+0x22>
80403262:	f361                	bnez	a4,80403222 <copyout+0x22>
80403264:	058010ef          	jal	804042bc <arch_pte_page>
80403268:	00c95793          	srl	a5,s2,0xc
8040326c:	3ff7f793          	and	a5,a5,1023
80403270:	078a                	sll	a5,a5,0x2
80403272:	953e                	add	a0,a0,a5
80403274:	d55d                	beqz	a0,80403222 <copyout+0x22>
80403276:	4108                	lw	a0,0(a0)
80403278:	01557793          	and	a5,a0,21
8040327c:	fb6793e3          	bne	a5,s6,80403222 <copyout+0x22>
80403280:	03c010ef          	jal	804042bc <arch_pte_page>
80403284:	01897433          	and	s0,s2,s8
80403288:	8d41                	or	a0,a0,s0
8040328a:	85ce                	mv	a1,s3
8040328c:	408b8433          	sub	s0,s7,s0
80403290:	d949                	beqz	a0,80403222 <copyout+0x22>
80403292:	0084f363          	bgeu	s1,s0,80403298 <copyout+0x98>
80403296:	8426                	mv	s0,s1
80403298:	8622                	mv	a2,s0
8040329a:	8c81                	sub	s1,s1,s0
8040329c:	ab2ff0ef          	jal	8040254e <memcpy>
804032a0:	9922                	add	s2,s2,s0
804032a2:	99a2                	add	s3,s3,s0
804032a4:	c481                	beqz	s1,804032ac <copyout+0xac>
804032a6:	f7497ee3          	bgeu	s2,s4,80403222 <copyout+0x22>
804032aa:	b755                	j	8040324e <copyout+0x4e>
804032ac:	4501                	li	a0,0
804032ae:	bf9d                	j	80403224 <copyout+0x24>
804032b0:	4501                	li	a0,0
804032b2:	8082                	ret

804032b4 <copyinstr>:
804032b4:	cadd                	beqz	a3,8040336a <copyinstr+0xb6>
804032b6:	7179                	add	sp,sp,-48
804032b8:	c85a                	sw	s6,16(sp)
804032ba:	c65e                	sw	s7,12(sp)
804032bc:	d606                	sw	ra,44(sp)
804032be:	d422                	sw	s0,40(sp)
804032c0:	d226                	sw	s1,36(sp)
804032c2:	d04a                	sw	s2,32(sp)
804032c4:	ce4e                	sw	s3,28(sp)
804032c6:	cc52                	sw	s4,24(sp)
804032c8:	ca56                	sw	s5,20(sp)
804032ca:	c462                	sw	s8,8(sp)
804032cc:	0c000b37          	lui	s6,0xc000
804032d0:	8bb2                	mv	s7,a2
804032d2:	01666f63          	bltu	a2,s6,804032f0 <copyinstr+0x3c>
804032d6:	5549                	li	a0,-14
804032d8:	50b2                	lw	ra,44(sp)
804032da:	5422                	lw	s0,40(sp)
804032dc:	5492                	lw	s1,36(sp)
804032de:	5902                	lw	s2,32(sp)
804032e0:	49f2                	lw	s3,28(sp)
804032e2:	4a62                	lw	s4,24(sp)
804032e4:	4ad2                	lw	s5,20(sp)
804032e6:	4b42                	lw	s6,16(sp)
804032e8:	4bb2                	lw	s7,12(sp)
804032ea:	4c22                	lw	s8,8(sp)
804032ec:	6145                	add	sp,sp,48
804032ee:	8082                	ret
804032f0:	6a05                	lui	s4,0x1
804032f2:	8ab6                	mv	s5,a3
804032f4:	8c2a                	mv	s8,a0
804032f6:	892e                	mv	s2,a1
804032f8:	40cb0b33          	sub	s6,s6,a2
804032fc:	4401                	li	s0,0
804032fe:	49cd                	li	s3,19
80403300:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80403302:	008b84b3          	add	s1,s7,s0
80403306:	0164d793          	srl	a5,s1,0x16
8040330a:	078a                	sll	a5,a5,0x2
8040330c:	97e2                	add	a5,a5,s8
8040330e:	4388                	lw	a0,0(a5)
80403310:	00157793          	and	a5,a0,1
80403314:	00e57713          	and	a4,a0,14
80403318:	dfdd                	beqz	a5,804032d6 <copyinstr+0x22>
8040331a:	ff55                	bnez	a4,804032d6 <copyinstr+0x22>
8040331c:	7a1000ef          	jal	804042bc <arch_pte_page>
80403320:	00c4d793          	srl	a5,s1,0xc
80403324:	3ff7f793          	and	a5,a5,1023
80403328:	078a                	sll	a5,a5,0x2
8040332a:	97aa                	add	a5,a5,a0
8040332c:	d7cd                	beqz	a5,804032d6 <copyinstr+0x22>
8040332e:	4388                	lw	a0,0(a5)
80403330:	01357793          	and	a5,a0,19
80403334:	fb3791e3          	bne	a5,s3,804032d6 <copyinstr+0x22>
80403338:	785000ef          	jal	804042bc <arch_pte_page>
8040333c:	0144f4b3          	and	s1,s1,s4
80403340:	009567b3          	or	a5,a0,s1
80403344:	00890733          	add	a4,s2,s0
80403348:	d7d9                	beqz	a5,804032d6 <copyinstr+0x22>
8040334a:	0007c783          	lbu	a5,0(a5) # c000000 <_entry-0x74400000>
8040334e:	00f70023          	sb	a5,0(a4)
80403352:	cb91                	beqz	a5,80403366 <copyinstr+0xb2>
80403354:	0405                	add	s0,s0,1
80403356:	008a8563          	beq	s5,s0,80403360 <copyinstr+0xac>
8040335a:	f7640ee3          	beq	s0,s6,804032d6 <copyinstr+0x22>
8040335e:	b755                	j	80403302 <copyinstr+0x4e>
80403360:	fdc00513          	li	a0,-36
80403364:	bf95                	j	804032d8 <copyinstr+0x24>
80403366:	8522                	mv	a0,s0
80403368:	bf85                	j	804032d8 <copyinstr+0x24>
8040336a:	fdc00513          	li	a0,-36
8040336e:	8082                	ret

80403370 <either_copyin>:
80403370:	1141                	add	sp,sp,-16
80403372:	c422                	sw	s0,8(sp)
80403374:	c226                	sw	s1,4(sp)
80403376:	c04a                	sw	s2,0(sp)
80403378:	c606                	sw	ra,12(sp)
8040337a:	842e                	mv	s0,a1
8040337c:	84b2                	mv	s1,a2
8040337e:	8936                	mv	s2,a3
80403380:	ed09                	bnez	a0,8040339a <either_copyin+0x2a>
80403382:	85a6                	mv	a1,s1
80403384:	8522                	mv	a0,s0
80403386:	8636                	mv	a2,a3
80403388:	9c6ff0ef          	jal	8040254e <memcpy>
8040338c:	40b2                	lw	ra,12(sp)
8040338e:	4422                	lw	s0,8(sp)
80403390:	4492                	lw	s1,4(sp)
80403392:	4902                	lw	s2,0(sp)
80403394:	4501                	li	a0,0
80403396:	0141                	add	sp,sp,16
80403398:	8082                	ret
8040339a:	baffe0ef          	jal	80401f48 <myproc>
8040339e:	85a2                	mv	a1,s0
804033a0:	4422                	lw	s0,8(sp)
804033a2:	40b2                	lw	ra,12(sp)
804033a4:	5908                	lw	a0,48(a0)
804033a6:	86ca                	mv	a3,s2
804033a8:	8626                	mv	a2,s1
804033aa:	4902                	lw	s2,0(sp)
804033ac:	4492                	lw	s1,4(sp)
804033ae:	0141                	add	sp,sp,16
804033b0:	d9bff06f          	j	8040314a <copyin>

804033b4 <either_copyout>:
804033b4:	1141                	add	sp,sp,-16
804033b6:	c422                	sw	s0,8(sp)
804033b8:	c226                	sw	s1,4(sp)
804033ba:	c04a                	sw	s2,0(sp)
804033bc:	c606                	sw	ra,12(sp)
804033be:	842e                	mv	s0,a1
804033c0:	84b2                	mv	s1,a2
804033c2:	8936                	mv	s2,a3
804033c4:	ed09                	bnez	a0,804033de <either_copyout+0x2a>
804033c6:	85a6                	mv	a1,s1
804033c8:	8522                	mv	a0,s0
804033ca:	8636                	mv	a2,a3
804033cc:	982ff0ef          	jal	8040254e <memcpy>
804033d0:	40b2                	lw	ra,12(sp)
804033d2:	4422                	lw	s0,8(sp)
804033d4:	4492                	lw	s1,4(sp)
804033d6:	4902                	lw	s2,0(sp)
804033d8:	4501                	li	a0,0
804033da:	0141                	add	sp,sp,16
804033dc:	8082                	ret
804033de:	b6bfe0ef          	jal	80401f48 <myproc>
804033e2:	85a2                	mv	a1,s0
804033e4:	4422                	lw	s0,8(sp)
804033e6:	40b2                	lw	ra,12(sp)
804033e8:	5908                	lw	a0,48(a0)
804033ea:	86ca                	mv	a3,s2
804033ec:	8626                	mv	a2,s1
804033ee:	4902                	lw	s2,0(sp)
804033f0:	4492                	lw	s1,4(sp)
804033f2:	0141                	add	sp,sp,16
804033f4:	e0dff06f          	j	80403200 <copyout>

804033f8 <pv_disk_init>:
804033f8:	7175                	add	sp,sp,-144
804033fa:	006c                	add	a1,sp,12
804033fc:	dcd2                	sw	s4,120(sp)
804033fe:	c706                	sw	ra,140(sp)
80403400:	c522                	sw	s0,136(sp)
80403402:	c326                	sw	s1,132(sp)
80403404:	c14a                	sw	s2,128(sp)
80403406:	dece                	sw	s3,124(sp)
80403408:	8a2a                	mv	s4,a0
8040340a:	460010ef          	jal	8040486a <blkfront_probe>
8040340e:	57f9                	li	a5,-2
80403410:	06f50963          	beq	a0,a5,80403482 <pv_disk_init+0x8a>
80403414:	08054663          	bltz	a0,804034a0 <pv_disk_init+0xa8>
80403418:	c1afe0ef          	jal	80401832 <kalloc>
8040341c:	0820                	add	s0,sp,24
8040341e:	c82a                	sw	a0,16(sp)
80403420:	00a03933          	snez	s2,a0
80403424:	04410993          	add	s3,sp,68
80403428:	84a2                	mv	s1,s0
8040342a:	c08fe0ef          	jal	80401832 <kalloc>
8040342e:	c088                	sw	a0,0(s1)
80403430:	00a03533          	snez	a0,a0
80403434:	0491                	add	s1,s1,4
80403436:	00a97933          	and	s2,s2,a0
8040343a:	ff3498e3          	bne	s1,s3,8040342a <pv_disk_init+0x32>
8040343e:	04090b63          	beqz	s2,80403494 <pv_disk_init+0x9c>
80403442:	4542                	lw	a0,16(sp)
80403444:	25bd                	jal	80403ab2 <virt_to_mfn>
80403446:	ca2a                	sw	a0,20(sp)
80403448:	4008                	lw	a0,0(s0)
8040344a:	0411                	add	s0,s0,4
8040344c:	259d                	jal	80403ab2 <virt_to_mfn>
8040344e:	d408                	sw	a0,40(s0)
80403450:	ff341ce3          	bne	s0,s3,80403448 <pv_disk_init+0x50>
80403454:	804056b7          	lui	a3,0x80405
80403458:	80501537          	lui	a0,0x80501
8040345c:	c0468693          	add	a3,a3,-1020 # 80404c04 <pv_block>
80403460:	0810                	add	a2,sp,16
80403462:	85d2                	mv	a1,s4
80403464:	d3050513          	add	a0,a0,-720 # 80500d30 <bf>
80403468:	410010ef          	jal	80404878 <blkfront_connect>
8040346c:	00054d63          	bltz	a0,80403486 <pv_disk_init+0x8e>
80403470:	40ba                	lw	ra,140(sp)
80403472:	442a                	lw	s0,136(sp)
80403474:	449a                	lw	s1,132(sp)
80403476:	59f6                	lw	s3,124(sp)
80403478:	5a66                	lw	s4,120(sp)
8040347a:	854a                	mv	a0,s2
8040347c:	490a                	lw	s2,128(sp)
8040347e:	6149                	add	sp,sp,144
80403480:	8082                	ret
80403482:	4901                	li	s2,0
80403484:	b7f5                	j	80403470 <pv_disk_init+0x78>
80403486:	85aa                	mv	a1,a0
80403488:	80406537          	lui	a0,0x80406
8040348c:	5c050513          	add	a0,a0,1472 # 804065c0 <names.0+0x9c>
80403490:	a3dfe0ef          	jal	80401ecc <panic>
80403494:	80406537          	lui	a0,0x80406
80403498:	5a450513          	add	a0,a0,1444 # 804065a4 <names.0+0x80>
8040349c:	a31fe0ef          	jal	80401ecc <panic>
804034a0:	862a                	mv	a2,a0
804034a2:	804065b7          	lui	a1,0x80406
804034a6:	80406537          	lui	a0,0x80406
804034aa:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
804034ae:	57c50513          	add	a0,a0,1404 # 8040657c <names.0+0x58>
804034b2:	a1bfe0ef          	jal	80401ecc <panic>

804034b6 <disk_capacity>:
804034b6:	805017b7          	lui	a5,0x80501
804034ba:	d4c7a503          	lw	a0,-692(a5) # 80500d4c <bf+0x1c>
804034be:	8082                	ret

804034c0 <disk_read>:
804034c0:	1141                	add	sp,sp,-16
804034c2:	c422                	sw	s0,8(sp)
804034c4:	c226                	sw	s1,4(sp)
804034c6:	c606                	sw	ra,12(sp)
804034c8:	842e                	mv	s0,a1
804034ca:	84aa                	mv	s1,a0
804034cc:	c985                	beqz	a1,804034fc <disk_read+0x3c>
804034ce:	80501537          	lui	a0,0x80501
804034d2:	d3050793          	add	a5,a0,-720 # 80500d30 <bf>
804034d6:	4fdc                	lw	a5,28(a5)
804034d8:	0297e263          	bltu	a5,s1,804034fc <disk_read+0x3c>
804034dc:	8f85                	sub	a5,a5,s1
804034de:	00b7ef63          	bltu	a5,a1,804034fc <disk_read+0x3c>
804034e2:	86b2                	mv	a3,a2
804034e4:	d3050513          	add	a0,a0,-720
804034e8:	862e                	mv	a2,a1
804034ea:	85a6                	mv	a1,s1
804034ec:	4c8010ef          	jal	804049b4 <blkfront_read>
804034f0:	ed11                	bnez	a0,8040350c <disk_read+0x4c>
804034f2:	40b2                	lw	ra,12(sp)
804034f4:	4422                	lw	s0,8(sp)
804034f6:	4492                	lw	s1,4(sp)
804034f8:	0141                	add	sp,sp,16
804034fa:	8082                	ret
804034fc:	80406537          	lui	a0,0x80406
80403500:	8622                	mv	a2,s0
80403502:	85a6                	mv	a1,s1
80403504:	5fc50513          	add	a0,a0,1532 # 804065fc <names.0+0xd8>
80403508:	9c5fe0ef          	jal	80401ecc <panic>
8040350c:	86aa                	mv	a3,a0
8040350e:	80406537          	lui	a0,0x80406
80403512:	8622                	mv	a2,s0
80403514:	85a6                	mv	a1,s1
80403516:	62850513          	add	a0,a0,1576 # 80406628 <names.0+0x104>
8040351a:	9b3fe0ef          	jal	80401ecc <panic>

8040351e <disk_write>:
8040351e:	1141                	add	sp,sp,-16
80403520:	c422                	sw	s0,8(sp)
80403522:	c226                	sw	s1,4(sp)
80403524:	c606                	sw	ra,12(sp)
80403526:	842e                	mv	s0,a1
80403528:	84aa                	mv	s1,a0
8040352a:	c985                	beqz	a1,8040355a <disk_write+0x3c>
8040352c:	80501537          	lui	a0,0x80501
80403530:	d3050793          	add	a5,a0,-720 # 80500d30 <bf>
80403534:	4fdc                	lw	a5,28(a5)
80403536:	0297e263          	bltu	a5,s1,8040355a <disk_write+0x3c>
8040353a:	8f85                	sub	a5,a5,s1
8040353c:	00b7ef63          	bltu	a5,a1,8040355a <disk_write+0x3c>
80403540:	86b2                	mv	a3,a2
80403542:	d3050513          	add	a0,a0,-720
80403546:	862e                	mv	a2,a1
80403548:	85a6                	mv	a1,s1
8040354a:	470010ef          	jal	804049ba <blkfront_write>
8040354e:	ed11                	bnez	a0,8040356a <disk_write+0x4c>
80403550:	40b2                	lw	ra,12(sp)
80403552:	4422                	lw	s0,8(sp)
80403554:	4492                	lw	s1,4(sp)
80403556:	0141                	add	sp,sp,16
80403558:	8082                	ret
8040355a:	80406537          	lui	a0,0x80406
8040355e:	8622                	mv	a2,s0
80403560:	85a6                	mv	a1,s1
80403562:	5fc50513          	add	a0,a0,1532 # 804065fc <names.0+0xd8>
80403566:	967fe0ef          	jal	80401ecc <panic>
8040356a:	86aa                	mv	a3,a0
8040356c:	80406537          	lui	a0,0x80406
80403570:	8622                	mv	a2,s0
80403572:	85a6                	mv	a1,s1
80403574:	65450513          	add	a0,a0,1620 # 80406654 <names.0+0x130>
80403578:	955fe0ef          	jal	80401ecc <panic>

8040357c <disk_flush>:
8040357c:	80501537          	lui	a0,0x80501
80403580:	1141                	add	sp,sp,-16
80403582:	d3050513          	add	a0,a0,-720 # 80500d30 <bf>
80403586:	c606                	sw	ra,12(sp)
80403588:	43a010ef          	jal	804049c2 <blkfront_flush>
8040358c:	e501                	bnez	a0,80403594 <disk_flush+0x18>
8040358e:	40b2                	lw	ra,12(sp)
80403590:	0141                	add	sp,sp,16
80403592:	8082                	ret
80403594:	85aa                	mv	a1,a0
80403596:	80406537          	lui	a0,0x80406
8040359a:	68050513          	add	a0,a0,1664 # 80406680 <names.0+0x15c>
8040359e:	92ffe0ef          	jal	80401ecc <panic>

804035a2 <store_event>:
804035a2:	8082                	ret

804035a4 <arch_power_off>:
804035a4:	1141                	add	sp,sp,-16
804035a6:	c422                	sw	s0,8(sp)
804035a8:	c606                	sw	ra,12(sp)
804035aa:	842a                	mv	s0,a0
804035ac:	2eb1                	jal	80403908 <pv_console_drain>
804035ae:	67c1                	lui	a5,0x10
804035b0:	00841593          	sll	a1,s0,0x8
804035b4:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
804035b6:	8dfd                	and	a1,a1,a5
804035b8:	4509                	li	a0,2
804035ba:	48f5                	li	a7,29
804035bc:	00000073          	ecall
804035c0:	bfe5                	j	804035b8 <arch_power_off+0x14>

804035c2 <arch_crash>:
804035c2:	1141                	add	sp,sp,-16
804035c4:	c606                	sw	ra,12(sp)
804035c6:	2689                	jal	80403908 <pv_console_drain>
804035c8:	4509                	li	a0,2
804035ca:	10300593          	li	a1,259
804035ce:	48f5                	li	a7,29
804035d0:	00000073          	ecall
804035d4:	bfd5                	j	804035c8 <arch_crash+0x6>

804035d6 <pv_main>:
804035d6:	51c8                	lw	a0,36(a1)
804035d8:	7179                	add	sp,sp,-48
804035da:	d606                	sw	ra,44(sp)
804035dc:	d422                	sw	s0,40(sp)
804035de:	d226                	sw	s1,36(sp)
804035e0:	842e                	mv	s0,a1
804035e2:	d04a                	sw	s2,32(sp)
804035e4:	ce4e                	sw	s3,28(sp)
804035e6:	804064b7          	lui	s1,0x80406
804035ea:	45c010ef          	jal	80404a46 <evtchn_init>
804035ee:	651000ef          	jal	8040443e <pv_trap_init>
804035f2:	4661                	li	a2,24
804035f4:	6a048593          	add	a1,s1,1696 # 804066a0 <names.0+0x17c>
804035f8:	8522                	mv	a0,s0
804035fa:	f91fe0ef          	jal	8040258a <memcmp>
804035fe:	16051d63          	bnez	a0,80403778 <pv_main+0x1a2>
80403602:	4581                	li	a1,0
80403604:	48c5                	li	a7,17
80403606:	00000073          	ecall
8040360a:	4785                	li	a5,1
8040360c:	01055713          	srl	a4,a0,0x10
80403610:	14f71c63          	bne	a4,a5,80403768 <pv_main+0x192>
80403614:	4519                	li	a0,6
80403616:	00000073          	ecall
8040361a:	479d                	li	a5,7
8040361c:	00757713          	and	a4,a0,7
80403620:	16f71463          	bne	a4,a5,80403788 <pv_main+0x1b2>
80403624:	4034                	lw	a3,64(s0)
80403626:	5c50                	lw	a2,60(s0)
80403628:	80400737          	lui	a4,0x80400
8040362c:	00c69593          	sll	a1,a3,0xc
80403630:	805067b7          	lui	a5,0x80506
80403634:	00070713          	mv	a4,a4
80403638:	80400537          	lui	a0,0x80400
8040363c:	00078793          	mv	a5,a5
80403640:	95b2                	add	a1,a1,a2
80403642:	10a71d63          	bne	a4,a0,8040375c <pv_main+0x186>
80403646:	10f46b63          	bltu	s0,a5,8040375c <pv_main+0x186>
8040364a:	443c                	lw	a5,72(s0)
8040364c:	00080737          	lui	a4,0x80
80403650:	10e79663          	bne	a5,a4,8040375c <pv_main+0x186>
80403654:	5004                	lw	s1,32(s0)
80403656:	00070737          	lui	a4,0x70
8040365a:	10976163          	bltu	a4,s1,8040375c <pv_main+0x186>
8040365e:	0e866f63          	bltu	a2,s0,8040375c <pv_main+0x186>
80403662:	0e068d63          	beqz	a3,8040375c <pv_main+0x186>
80403666:	94be                	add	s1,s1,a5
80403668:	04b2                	sll	s1,s1,0xc
8040366a:	0eb4e963          	bltu	s1,a1,8040375c <pv_main+0x186>
8040366e:	8522                	mv	a0,s0
80403670:	2375                	jal	80403c1c <pv_mmu_init>
80403672:	892a                	mv	s2,a0
80403674:	0c957063          	bgeu	a0,s1,80403734 <pv_main+0x15e>
80403678:	804005b7          	lui	a1,0x80400
8040367c:	80000537          	lui	a0,0x80000
80403680:	a48fe0ef          	jal	804018c8 <kinit>
80403684:	85a6                	mv	a1,s1
80403686:	854a                	mv	a0,s2
80403688:	a40fe0ef          	jal	804018c8 <kinit>
8040368c:	5848                	lw	a0,52(s0)
8040368e:	29b9                	jal	80403aec <mfn_to_virt>
80403690:	5c0c                	lw	a1,56(s0)
80403692:	2abd                	jal	80403810 <pv_console_init>
80403694:	5d3000ef          	jal	80404466 <pv_timer_init>
80403698:	0068                	add	a0,sp,12
8040369a:	584010ef          	jal	80404c1e <gnttab_setup_frame>
8040369e:	0a054163          	bltz	a0,80403740 <pv_main+0x16a>
804036a2:	45b2                	lw	a1,12(sp)
804036a4:	4619                	li	a2,6
804036a6:	f0000537          	lui	a0,0xf0000
804036aa:	2541                	jal	80403d2a <pv_map_frame>
804036ac:	f0000537          	lui	a0,0xf0000
804036b0:	5c4010ef          	jal	80404c74 <gnttab_init>
804036b4:	5448                	lw	a0,44(s0)
804036b6:	80501937          	lui	s2,0x80501
804036ba:	4481                	li	s1,0
804036bc:	2905                	jal	80403aec <mfn_to_virt>
804036be:	5810                	lw	a2,48(s0)
804036c0:	804056b7          	lui	a3,0x80405
804036c4:	85aa                	mv	a1,a0
804036c6:	c0468693          	add	a3,a3,-1020 # 80404c04 <pv_block>
804036ca:	db090513          	add	a0,s2,-592 # 80500db0 <store>
804036ce:	1ea020ef          	jal	804058b8 <xs_init>
804036d2:	5808                	lw	a0,48(s0)
804036d4:	804035b7          	lui	a1,0x80403
804036d8:	4601                	li	a2,0
804036da:	5a258593          	add	a1,a1,1442 # 804035a2 <store_event>
804036de:	394010ef          	jal	80404a72 <evtchn_bind>
804036e2:	1ff00713          	li	a4,511
804036e6:	00055663          	bgez	a0,804036f2 <pv_main+0x11c>
804036ea:	a095                	j	8040374e <pv_main+0x178>
804036ec:	0485                	add	s1,s1,1
804036ee:	00e48763          	beq	s1,a4,804036fc <pv_main+0x126>
804036f2:	009407b3          	add	a5,s0,s1
804036f6:	04c7c783          	lbu	a5,76(a5) # 8050604c <kernel_end+0x4c>
804036fa:	fbed                	bnez	a5,804036ec <pv_main+0x116>
804036fc:	805019b7          	lui	s3,0x80501
80403700:	04c40593          	add	a1,s0,76
80403704:	8626                	mv	a2,s1
80403706:	dc098513          	add	a0,s3,-576 # 80500dc0 <bootargs>
8040370a:	e45fe0ef          	jal	8040254e <memcpy>
8040370e:	dc098793          	add	a5,s3,-576
80403712:	97a6                	add	a5,a5,s1
80403714:	db090513          	add	a0,s2,-592
80403718:	00078023          	sb	zero,0(a5)
8040371c:	cddff0ef          	jal	804033f8 <pv_disk_init>
80403720:	842a                	mv	s0,a0
80403722:	db090513          	add	a0,s2,-592
80403726:	3a5000ef          	jal	804042ca <pv_net_init>
8040372a:	85a2                	mv	a1,s0
8040372c:	dc098513          	add	a0,s3,-576
80403730:	a1cfe0ef          	jal	8040194c <kernel_run>
80403734:	80406537          	lui	a0,0x80406
80403738:	76450513          	add	a0,a0,1892 # 80406764 <names.0+0x240>
8040373c:	f90fe0ef          	jal	80401ecc <panic>
80403740:	85aa                	mv	a1,a0
80403742:	80406537          	lui	a0,0x80406
80403746:	77c50513          	add	a0,a0,1916 # 8040677c <names.0+0x258>
8040374a:	f82fe0ef          	jal	80401ecc <panic>
8040374e:	580c                	lw	a1,48(s0)
80403750:	80406537          	lui	a0,0x80406
80403754:	7a450513          	add	a0,a0,1956 # 804067a4 <names.0+0x280>
80403758:	f74fe0ef          	jal	80401ecc <panic>
8040375c:	80406537          	lui	a0,0x80406
80403760:	74050513          	add	a0,a0,1856 # 80406740 <names.0+0x21c>
80403764:	f68fe0ef          	jal	80401ecc <panic>
80403768:	85aa                	mv	a1,a0
8040376a:	80406537          	lui	a0,0x80406
8040376e:	6641                	lui	a2,0x10
80403770:	6dc50513          	add	a0,a0,1756 # 804066dc <names.0+0x1b8>
80403774:	f58fe0ef          	jal	80401ecc <panic>
80403778:	80406537          	lui	a0,0x80406
8040377c:	6a048593          	add	a1,s1,1696
80403780:	6b850513          	add	a0,a0,1720 # 804066b8 <names.0+0x194>
80403784:	f48fe0ef          	jal	80401ecc <panic>
80403788:	fff54593          	not	a1,a0
8040378c:	80406537          	lui	a0,0x80406
80403790:	899d                	and	a1,a1,7
80403792:	71450513          	add	a0,a0,1812 # 80406714 <names.0+0x1f0>
80403796:	f36fe0ef          	jal	80401ecc <panic>

8040379a <cons_rx>:
8040379a:	7139                	add	sp,sp,-64
8040379c:	d84a                	sw	s2,48(sp)
8040379e:	d64e                	sw	s3,44(sp)
804037a0:	de06                	sw	ra,60(sp)
804037a2:	dc22                	sw	s0,56(sp)
804037a4:	da26                	sw	s1,52(sp)
804037a6:	a85fc0ef          	jal	8040022a <console_room>
804037aa:	80501937          	lui	s2,0x80501
804037ae:	02000993          	li	s3,32
804037b2:	862a                	mv	a2,a0
804037b4:	02a05b63          	blez	a0,804037ea <cons_rx+0x50>
804037b8:	00a9f463          	bgeu	s3,a0,804037c0 <cons_rx+0x26>
804037bc:	02000613          	li	a2,32
804037c0:	858a                	mv	a1,sp
804037c2:	fc090513          	add	a0,s2,-64 # 80500fc0 <cons>
804037c6:	52b010ef          	jal	804054f0 <pvcons_read>
804037ca:	c915                	beqz	a0,804037fe <cons_rx+0x64>
804037cc:	840a                	mv	s0,sp
804037ce:	00a104b3          	add	s1,sp,a0
804037d2:	00044503          	lbu	a0,0(s0)
804037d6:	0405                	add	s0,s0,1
804037d8:	a6dfc0ef          	jal	80400244 <console_input>
804037dc:	fe941be3          	bne	s0,s1,804037d2 <cons_rx+0x38>
804037e0:	a4bfc0ef          	jal	8040022a <console_room>
804037e4:	862a                	mv	a2,a0
804037e6:	fca049e3          	bgtz	a0,804037b8 <cons_rx+0x1e>
804037ea:	fc090513          	add	a0,s2,-64
804037ee:	4e7010ef          	jal	804054d4 <pvcons_input_pending>
804037f2:	00a037b3          	snez	a5,a0
804037f6:	80429737          	lui	a4,0x80429
804037fa:	06f72023          	sw	a5,96(a4) # 80429060 <rx_paused>
804037fe:	50f2                	lw	ra,60(sp)
80403800:	5462                	lw	s0,56(sp)
80403802:	54d2                	lw	s1,52(sp)
80403804:	5942                	lw	s2,48(sp)
80403806:	59b2                	lw	s3,44(sp)
80403808:	6121                	add	sp,sp,64
8040380a:	8082                	ret

8040380c <cons_event>:
8040380c:	f8fff06f          	j	8040379a <cons_rx>

80403810 <pv_console_init>:
80403810:	1141                	add	sp,sp,-16
80403812:	c422                	sw	s0,8(sp)
80403814:	804056b7          	lui	a3,0x80405
80403818:	842e                	mv	s0,a1
8040381a:	85aa                	mv	a1,a0
8040381c:	80501537          	lui	a0,0x80501
80403820:	8622                	mv	a2,s0
80403822:	fc050513          	add	a0,a0,-64 # 80500fc0 <cons>
80403826:	c0468693          	add	a3,a3,-1020 # 80404c04 <pv_block>
8040382a:	c606                	sw	ra,12(sp)
8040382c:	3e7010ef          	jal	80405412 <pvcons_init>
80403830:	804045b7          	lui	a1,0x80404
80403834:	4601                	li	a2,0
80403836:	80c58593          	add	a1,a1,-2036 # 8040380c <cons_event>
8040383a:	8522                	mv	a0,s0
8040383c:	236010ef          	jal	80404a72 <evtchn_bind>
80403840:	00054b63          	bltz	a0,80403856 <pv_console_init+0x46>
80403844:	40b2                	lw	ra,12(sp)
80403846:	4422                	lw	s0,8(sp)
80403848:	804297b7          	lui	a5,0x80429
8040384c:	4705                	li	a4,1
8040384e:	06e7a423          	sw	a4,104(a5) # 80429068 <ready>
80403852:	0141                	add	sp,sp,16
80403854:	8082                	ret
80403856:	80406537          	lui	a0,0x80406
8040385a:	85a2                	mv	a1,s0
8040385c:	7c050513          	add	a0,a0,1984 # 804067c0 <names.0+0x29c>
80403860:	e6cfe0ef          	jal	80401ecc <panic>

80403864 <arch_console_putc>:
80403864:	804297b7          	lui	a5,0x80429
80403868:	0687a783          	lw	a5,104(a5) # 80429068 <ready>
8040386c:	1101                	add	sp,sp,-32
8040386e:	ce06                	sw	ra,28(sp)
80403870:	cc22                	sw	s0,24(sp)
80403872:	00a107a3          	sb	a0,15(sp)
80403876:	cf85                	beqz	a5,804038ae <arch_console_putc+0x4a>
80403878:	80501437          	lui	s0,0x80501
8040387c:	a029                	j	80403886 <arch_console_putc+0x22>
8040387e:	40f010ef          	jal	8040548c <pvcons_notify>
80403882:	382010ef          	jal	80404c04 <pv_block>
80403886:	4605                	li	a2,1
80403888:	00f10593          	add	a1,sp,15
8040388c:	fc040513          	add	a0,s0,-64 # 80500fc0 <cons>
80403890:	38b010ef          	jal	8040541a <pvcons_put>
80403894:	87aa                	mv	a5,a0
80403896:	fc040513          	add	a0,s0,-64
8040389a:	d3f5                	beqz	a5,8040387e <arch_console_putc+0x1a>
8040389c:	40f2                	lw	ra,28(sp)
8040389e:	4462                	lw	s0,24(sp)
804038a0:	804297b7          	lui	a5,0x80429
804038a4:	4705                	li	a4,1
804038a6:	06e7a223          	sw	a4,100(a5) # 80429064 <unflushed>
804038aa:	6105                	add	sp,sp,32
804038ac:	8082                	ret
804038ae:	4501                	li	a0,0
804038b0:	4585                	li	a1,1
804038b2:	00f10613          	add	a2,sp,15
804038b6:	48c9                	li	a7,18
804038b8:	00000073          	ecall
804038bc:	40f2                	lw	ra,28(sp)
804038be:	4462                	lw	s0,24(sp)
804038c0:	6105                	add	sp,sp,32
804038c2:	8082                	ret

804038c4 <arch_console_flush>:
804038c4:	804297b7          	lui	a5,0x80429
804038c8:	0687a783          	lw	a5,104(a5) # 80429068 <ready>
804038cc:	c791                	beqz	a5,804038d8 <arch_console_flush+0x14>
804038ce:	804297b7          	lui	a5,0x80429
804038d2:	0647a703          	lw	a4,100(a5) # 80429064 <unflushed>
804038d6:	e311                	bnez	a4,804038da <arch_console_flush+0x16>
804038d8:	8082                	ret
804038da:	80501537          	lui	a0,0x80501
804038de:	fc050513          	add	a0,a0,-64 # 80500fc0 <cons>
804038e2:	0607a223          	sw	zero,100(a5)
804038e6:	3a70106f          	j	8040548c <pvcons_notify>

804038ea <arch_console_rx_resume>:
804038ea:	804297b7          	lui	a5,0x80429
804038ee:	0687a783          	lw	a5,104(a5) # 80429068 <ready>
804038f2:	c791                	beqz	a5,804038fe <arch_console_rx_resume+0x14>
804038f4:	804297b7          	lui	a5,0x80429
804038f8:	0607a703          	lw	a4,96(a5) # 80429060 <rx_paused>
804038fc:	e311                	bnez	a4,80403900 <arch_console_rx_resume+0x16>
804038fe:	8082                	ret
80403900:	0607a023          	sw	zero,96(a5)
80403904:	e97ff06f          	j	8040379a <cons_rx>

80403908 <pv_console_drain>:
80403908:	804297b7          	lui	a5,0x80429
8040390c:	0687a783          	lw	a5,104(a5) # 80429068 <ready>
80403910:	e391                	bnez	a5,80403914 <pv_console_drain+0xc>
80403912:	8082                	ret
80403914:	80501537          	lui	a0,0x80501
80403918:	804297b7          	lui	a5,0x80429
8040391c:	fc050513          	add	a0,a0,-64 # 80500fc0 <cons>
80403920:	0607a223          	sw	zero,100(a5) # 80429064 <unflushed>
80403924:	36f0106f          	j	80405492 <pvcons_drain>

80403928 <sift_down>:
80403928:	00151793          	sll	a5,a0,0x1
8040392c:	0785                	add	a5,a5,1
8040392e:	08b7fa63          	bgeu	a5,a1,804039c2 <sift_down+0x9a>
80403932:	80429737          	lui	a4,0x80429
80403936:	08072283          	lw	t0,128(a4) # 80429080 <m2p>
8040393a:	00251693          	sll	a3,a0,0x2
8040393e:	00d28733          	add	a4,t0,a3
80403942:	00072f83          	lw	t6,0(a4)
80403946:	80429737          	lui	a4,0x80429
8040394a:	08872e03          	lw	t3,136(a4) # 80429088 <p2m>
8040394e:	002f9e93          	sll	t4,t6,0x2
80403952:	9ef2                	add	t4,t4,t3
80403954:	a82d                	j	8040398e <sift_down+0x66>
80403956:	00082f03          	lw	t5,0(a6)
8040395a:	002f1313          	sll	t1,t5,0x2
8040395e:	9372                	add	t1,t1,t3
80403960:	00032303          	lw	t1,0(t1)
80403964:	04667663          	bgeu	a2,t1,804039b0 <sift_down+0x88>
80403968:	8742                	mv	a4,a6
8040396a:	000ea803          	lw	a6,0(t4)
8040396e:	00151793          	sll	a5,a0,0x1
80403972:	861a                	mv	a2,t1
80403974:	88fa                	mv	a7,t5
80403976:	0785                	add	a5,a5,1
80403978:	9696                	add	a3,a3,t0
8040397a:	04c87463          	bgeu	a6,a2,804039c2 <sift_down+0x9a>
8040397e:	0116a023          	sw	a7,0(a3)
80403982:	01f72023          	sw	t6,0(a4)
80403986:	02b7fe63          	bgeu	a5,a1,804039c2 <sift_down+0x9a>
8040398a:	00251693          	sll	a3,a0,0x2
8040398e:	00279713          	sll	a4,a5,0x2
80403992:	9716                	add	a4,a4,t0
80403994:	00072883          	lw	a7,0(a4)
80403998:	0505                	add	a0,a0,1
8040399a:	00351613          	sll	a2,a0,0x3
8040399e:	00c28833          	add	a6,t0,a2
804039a2:	00289613          	sll	a2,a7,0x2
804039a6:	9672                	add	a2,a2,t3
804039a8:	0506                	sll	a0,a0,0x1
804039aa:	4210                	lw	a2,0(a2)
804039ac:	fab565e3          	bltu	a0,a1,80403956 <sift_down+0x2e>
804039b0:	000ea803          	lw	a6,0(t4)
804039b4:	853e                	mv	a0,a5
804039b6:	00151793          	sll	a5,a0,0x1
804039ba:	0785                	add	a5,a5,1
804039bc:	9696                	add	a3,a3,t0
804039be:	fcc860e3          	bltu	a6,a2,8040397e <sift_down+0x56>
804039c2:	8082                	ret

804039c4 <flush>:
804039c4:	804297b7          	lui	a5,0x80429
804039c8:	0707a583          	lw	a1,112(a5) # 80429070 <unpinned>
804039cc:	1101                	add	sp,sp,-32
804039ce:	ce06                	sw	ra,28(sp)
804039d0:	c185                	beqz	a1,804039f0 <flush+0x2c>
804039d2:	80501737          	lui	a4,0x80501
804039d6:	66a1                	lui	a3,0x8
804039d8:	c602                	sw	zero,12(sp)
804039da:	0cc70513          	add	a0,a4,204 # 805010cc <unpins>
804039de:	0070                	add	a2,sp,12
804039e0:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
804039e2:	48e9                	li	a7,26
804039e4:	00000073          	ecall
804039e8:	02054b63          	bltz	a0,80403a1e <flush+0x5a>
804039ec:	0607a823          	sw	zero,112(a5)
804039f0:	804297b7          	lui	a5,0x80429
804039f4:	0747a583          	lw	a1,116(a5) # 80429074 <batched>
804039f8:	c185                	beqz	a1,80403a18 <flush+0x54>
804039fa:	80502737          	lui	a4,0x80502
804039fe:	66a1                	lui	a3,0x8
80403a00:	c602                	sw	zero,12(sp)
80403a02:	0cc70513          	add	a0,a4,204 # 805020cc <batch>
80403a06:	0070                	add	a2,sp,12
80403a08:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403a0a:	4885                	li	a7,1
80403a0c:	00000073          	ecall
80403a10:	02054a63          	bltz	a0,80403a44 <flush+0x80>
80403a14:	0607aa23          	sw	zero,116(a5)
80403a18:	40f2                	lw	ra,28(sp)
80403a1a:	6105                	add	sp,sp,32
80403a1c:	8082                	ret
80403a1e:	4632                	lw	a2,12(sp)
80403a20:	0707a683          	lw	a3,112(a5)
80403a24:	4581                	li	a1,0
80403a26:	00d67363          	bgeu	a2,a3,80403a2c <flush+0x68>
80403a2a:	85b2                	mv	a1,a2
80403a2c:	0cc70793          	add	a5,a4,204
80403a30:	058e                	sll	a1,a1,0x3
80403a32:	97ae                	add	a5,a5,a1
80403a34:	43d8                	lw	a4,4(a5)
80403a36:	85aa                	mv	a1,a0
80403a38:	80406537          	lui	a0,0x80406
80403a3c:	7e850513          	add	a0,a0,2024 # 804067e8 <names.0+0x2c4>
80403a40:	c8cfe0ef          	jal	80401ecc <panic>
80403a44:	0747a683          	lw	a3,116(a5)
80403a48:	4632                	lw	a2,12(sp)
80403a4a:	4781                	li	a5,0
80403a4c:	00d67363          	bgeu	a2,a3,80403a52 <flush+0x8e>
80403a50:	87b2                	mv	a5,a2
80403a52:	078e                	sll	a5,a5,0x3
80403a54:	0cc70713          	add	a4,a4,204
80403a58:	973e                	add	a4,a4,a5
80403a5a:	435c                	lw	a5,4(a4)
80403a5c:	4318                	lw	a4,0(a4)
80403a5e:	85aa                	mv	a1,a0
80403a60:	80407537          	lui	a0,0x80407
80403a64:	81c50513          	add	a0,a0,-2020 # 8040681c <names.0+0x2f8>
80403a68:	c64fe0ef          	jal	80401ecc <panic>

80403a6c <mmuext>:
80403a6c:	1101                	add	sp,sp,-32
80403a6e:	cc22                	sw	s0,24(sp)
80403a70:	ca26                	sw	s1,20(sp)
80403a72:	842a                	mv	s0,a0
80403a74:	84ae                	mv	s1,a1
80403a76:	c42a                	sw	a0,8(sp)
80403a78:	c62e                	sw	a1,12(sp)
80403a7a:	ce06                	sw	ra,28(sp)
80403a7c:	c202                	sw	zero,4(sp)
80403a7e:	f47ff0ef          	jal	804039c4 <flush>
80403a82:	66a1                	lui	a3,0x8
80403a84:	0028                	add	a0,sp,8
80403a86:	4585                	li	a1,1
80403a88:	0050                	add	a2,sp,4
80403a8a:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403a8c:	48e9                	li	a7,26
80403a8e:	00000073          	ecall
80403a92:	00054763          	bltz	a0,80403aa0 <mmuext+0x34>
80403a96:	40f2                	lw	ra,28(sp)
80403a98:	4462                	lw	s0,24(sp)
80403a9a:	44d2                	lw	s1,20(sp)
80403a9c:	6105                	add	sp,sp,32
80403a9e:	8082                	ret
80403aa0:	86aa                	mv	a3,a0
80403aa2:	80407537          	lui	a0,0x80407
80403aa6:	8626                	mv	a2,s1
80403aa8:	85a2                	mv	a1,s0
80403aaa:	85c50513          	add	a0,a0,-1956 # 8040685c <names.0+0x338>
80403aae:	c1efe0ef          	jal	80401ecc <panic>

80403ab2 <virt_to_mfn>:
80403ab2:	800007b7          	lui	a5,0x80000
80403ab6:	97aa                	add	a5,a5,a0
80403ab8:	02055163          	bgez	a0,80403ada <virt_to_mfn+0x28>
80403abc:	80429737          	lui	a4,0x80429
80403ac0:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
80403ac4:	83b1                	srl	a5,a5,0xc
80403ac6:	00e7fa63          	bgeu	a5,a4,80403ada <virt_to_mfn+0x28>
80403aca:	80429737          	lui	a4,0x80429
80403ace:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
80403ad2:	078a                	sll	a5,a5,0x2
80403ad4:	97ba                	add	a5,a5,a4
80403ad6:	4388                	lw	a0,0(a5)
80403ad8:	8082                	ret
80403ada:	85aa                	mv	a1,a0
80403adc:	80407537          	lui	a0,0x80407
80403ae0:	1141                	add	sp,sp,-16
80403ae2:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403ae6:	c606                	sw	ra,12(sp)
80403ae8:	be4fe0ef          	jal	80401ecc <panic>

80403aec <mfn_to_virt>:
80403aec:	804297b7          	lui	a5,0x80429
80403af0:	0847a883          	lw	a7,132(a5) # 80429084 <nr_pages>
80403af4:	804297b7          	lui	a5,0x80429
80403af8:	0887a583          	lw	a1,136(a5) # 80429088 <p2m>
80403afc:	804297b7          	lui	a5,0x80429
80403b00:	0807a803          	lw	a6,128(a5) # 80429080 <m2p>
80403b04:	8646                	mv	a2,a7
80403b06:	4681                	li	a3,0
80403b08:	02c6f263          	bgeu	a3,a2,80403b2c <mfn_to_virt+0x40>
80403b0c:	40d607b3          	sub	a5,a2,a3
80403b10:	8385                	srl	a5,a5,0x1
80403b12:	97b6                	add	a5,a5,a3
80403b14:	00279713          	sll	a4,a5,0x2
80403b18:	9742                	add	a4,a4,a6
80403b1a:	4318                	lw	a4,0(a4)
80403b1c:	070a                	sll	a4,a4,0x2
80403b1e:	972e                	add	a4,a4,a1
80403b20:	4318                	lw	a4,0(a4)
80403b22:	02a76663          	bltu	a4,a0,80403b4e <mfn_to_virt+0x62>
80403b26:	863e                	mv	a2,a5
80403b28:	fec6e2e3          	bltu	a3,a2,80403b0c <mfn_to_virt+0x20>
80403b2c:	03168463          	beq	a3,a7,80403b54 <mfn_to_virt+0x68>
80403b30:	068a                	sll	a3,a3,0x2
80403b32:	9836                	add	a6,a6,a3
80403b34:	00082783          	lw	a5,0(a6)
80403b38:	00279713          	sll	a4,a5,0x2
80403b3c:	95ba                	add	a1,a1,a4
80403b3e:	4198                	lw	a4,0(a1)
80403b40:	00a71a63          	bne	a4,a0,80403b54 <mfn_to_virt+0x68>
80403b44:	07b2                	sll	a5,a5,0xc
80403b46:	80000537          	lui	a0,0x80000
80403b4a:	953e                	add	a0,a0,a5
80403b4c:	8082                	ret
80403b4e:	00178693          	add	a3,a5,1
80403b52:	bf5d                	j	80403b08 <mfn_to_virt+0x1c>
80403b54:	85aa                	mv	a1,a0
80403b56:	80407537          	lui	a0,0x80407
80403b5a:	1141                	add	sp,sp,-16
80403b5c:	8a050513          	add	a0,a0,-1888 # 804068a0 <names.0+0x37c>
80403b60:	c606                	sw	ra,12(sp)
80403b62:	b6afe0ef          	jal	80401ecc <panic>

80403b66 <kmap_set_writable>:
80403b66:	804297b7          	lui	a5,0x80429
80403b6a:	07c7a783          	lw	a5,124(a5) # 8042907c <boot_root>
80403b6e:	01655713          	srl	a4,a0,0x16
80403b72:	070a                	sll	a4,a4,0x2
80403b74:	1101                	add	sp,sp,-32
80403b76:	97ba                	add	a5,a5,a4
80403b78:	cc22                	sw	s0,24(sp)
80403b7a:	842a                	mv	s0,a0
80403b7c:	4388                	lw	a0,0(a5)
80403b7e:	ce06                	sw	ra,28(sp)
80403b80:	ca26                	sw	s1,20(sp)
80403b82:	c84a                	sw	s2,16(sp)
80403b84:	c64e                	sw	s3,12(sp)
80403b86:	4785                	li	a5,1
80403b88:	00f57713          	and	a4,a0,15
80403b8c:	08f71163          	bne	a4,a5,80403c0e <kmap_set_writable+0xa8>
80403b90:	00a55493          	srl	s1,a0,0xa
80403b94:	8031                	srl	s0,s0,0xc
80403b96:	8526                	mv	a0,s1
80403b98:	3ff47413          	and	s0,s0,1023
80403b9c:	892e                	mv	s2,a1
80403b9e:	040a                	sll	s0,s0,0x2
80403ba0:	f4dff0ef          	jal	80403aec <mfn_to_virt>
80403ba4:	9522                	add	a0,a0,s0
80403ba6:	411c                	lw	a5,0(a0)
80403ba8:	ffb7f993          	and	s3,a5,-5
80403bac:	04091063          	bnez	s2,80403bec <kmap_set_writable+0x86>
80403bb0:	80429937          	lui	s2,0x80429
80403bb4:	07492703          	lw	a4,116(s2) # 80429074 <batched>
80403bb8:	04b2                	sll	s1,s1,0xc
80403bba:	20000793          	li	a5,512
80403bbe:	8cc1                	or	s1,s1,s0
80403bc0:	04f70263          	beq	a4,a5,80403c04 <kmap_set_writable+0x9e>
80403bc4:	805027b7          	lui	a5,0x80502
80403bc8:	40f2                	lw	ra,28(sp)
80403bca:	4462                	lw	s0,24(sp)
80403bcc:	00371693          	sll	a3,a4,0x3
80403bd0:	0cc78793          	add	a5,a5,204 # 805020cc <batch>
80403bd4:	97b6                	add	a5,a5,a3
80403bd6:	0705                	add	a4,a4,1
80403bd8:	c384                	sw	s1,0(a5)
80403bda:	0137a223          	sw	s3,4(a5)
80403bde:	06e92a23          	sw	a4,116(s2)
80403be2:	44d2                	lw	s1,20(sp)
80403be4:	4942                	lw	s2,16(sp)
80403be6:	49b2                	lw	s3,12(sp)
80403be8:	6105                	add	sp,sp,32
80403bea:	8082                	ret
80403bec:	80429937          	lui	s2,0x80429
80403bf0:	07492703          	lw	a4,116(s2) # 80429074 <batched>
80403bf4:	0047e993          	or	s3,a5,4
80403bf8:	04b2                	sll	s1,s1,0xc
80403bfa:	20000793          	li	a5,512
80403bfe:	8cc1                	or	s1,s1,s0
80403c00:	fcf712e3          	bne	a4,a5,80403bc4 <kmap_set_writable+0x5e>
80403c04:	dc1ff0ef          	jal	804039c4 <flush>
80403c08:	07492703          	lw	a4,116(s2)
80403c0c:	bf65                	j	80403bc4 <kmap_set_writable+0x5e>
80403c0e:	80407537          	lui	a0,0x80407
80403c12:	85a2                	mv	a1,s0
80403c14:	8d050513          	add	a0,a0,-1840 # 804068d0 <names.0+0x3ac>
80403c18:	ab4fe0ef          	jal	80401ecc <panic>

80403c1c <pv_mmu_init>:
80403c1c:	7179                	add	sp,sp,-48
80403c1e:	d226                	sw	s1,36(sp)
80403c20:	4164                	lw	s1,68(a0)
80403c22:	d04a                	sw	s2,32(sp)
80403c24:	02052903          	lw	s2,32(a0)
80403c28:	804297b7          	lui	a5,0x80429
80403c2c:	5d58                	lw	a4,60(a0)
80403c2e:	0897a423          	sw	s1,136(a5) # 80429088 <p2m>
80403c32:	804297b7          	lui	a5,0x80429
80403c36:	0927a223          	sw	s2,132(a5) # 80429084 <nr_pages>
80403c3a:	804297b7          	lui	a5,0x80429
80403c3e:	06e7ae23          	sw	a4,124(a5) # 8042907c <boot_root>
80403c42:	804297b7          	lui	a5,0x80429
80403c46:	cc52                	sw	s4,24(sp)
80403c48:	d606                	sw	ra,44(sp)
80403c4a:	d422                	sw	s0,40(sp)
80403c4c:	ce4e                	sw	s3,28(sp)
80403c4e:	ca56                	sw	s5,20(sp)
80403c50:	c85a                	sw	s6,16(sp)
80403c52:	c65e                	sw	s7,12(sp)
80403c54:	08b7a023          	sw	a1,128(a5) # 80429080 <m2p>
80403c58:	8a2e                	mv	s4,a1
80403c5a:	08090f63          	beqz	s2,80403cf8 <pv_mmu_init+0xdc>
80403c5e:	0591                	add	a1,a1,4
80403c60:	ffc48713          	add	a4,s1,-4
80403c64:	4605                	li	a2,1
80403c66:	4781                	li	a5,0
80403c68:	40958533          	sub	a0,a1,s1
80403c6c:	00e506b3          	add	a3,a0,a4
80403c70:	c29c                	sw	a5,0(a3)
80403c72:	842e                	mv	s0,a1
80403c74:	c799                	beqz	a5,80403c82 <pv_mmu_init+0x66>
80403c76:	4314                	lw	a3,0(a4)
80403c78:	00472803          	lw	a6,4(a4)
80403c7c:	0106b6b3          	sltu	a3,a3,a6
80403c80:	8e75                	and	a2,a2,a3
80403c82:	0785                	add	a5,a5,1
80403c84:	0711                	add	a4,a4,4
80403c86:	fef913e3          	bne	s2,a5,80403c6c <pv_mmu_init+0x50>
80403c8a:	e63d                	bnez	a2,80403cf8 <pv_mmu_init+0xdc>
80403c8c:	00195993          	srl	s3,s2,0x1
80403c90:	06098463          	beqz	s3,80403cf8 <pv_mmu_init+0xdc>
80403c94:	19fd                	add	s3,s3,-1
80403c96:	85ca                	mv	a1,s2
80403c98:	854e                	mv	a0,s3
80403c9a:	c8fff0ef          	jal	80403928 <sift_down>
80403c9e:	fe099be3          	bnez	s3,80403c94 <pv_mmu_init+0x78>
80403ca2:	00291b13          	sll	s6,s2,0x2
80403ca6:	1b71                	add	s6,s6,-4 # bfffffc <_entry-0x74400004>
80403ca8:	016a0ab3          	add	s5,s4,s6
80403cac:	89ca                	mv	s3,s2
80403cae:	4b85                	li	s7,1
80403cb0:	000aa703          	lw	a4,0(s5) # 1000 <_entry-0x803ff000>
80403cb4:	000a2783          	lw	a5,0(s4)
80403cb8:	19fd                	add	s3,s3,-1
80403cba:	00ea2023          	sw	a4,0(s4)
80403cbe:	00faa023          	sw	a5,0(s5)
80403cc2:	85ce                	mv	a1,s3
80403cc4:	4501                	li	a0,0
80403cc6:	c63ff0ef          	jal	80403928 <sift_down>
80403cca:	1af1                	add	s5,s5,-4
80403ccc:	ff7992e3          	bne	s3,s7,80403cb0 <pv_mmu_init+0x94>
80403cd0:	000a2703          	lw	a4,0(s4)
80403cd4:	004b0613          	add	a2,s6,4
80403cd8:	9652                	add	a2,a2,s4
80403cda:	00271793          	sll	a5,a4,0x2
80403cde:	4018                	lw	a4,0(s0)
80403ce0:	97a6                	add	a5,a5,s1
80403ce2:	438c                	lw	a1,0(a5)
80403ce4:	00271793          	sll	a5,a4,0x2
80403ce8:	00f48733          	add	a4,s1,a5
80403cec:	4318                	lw	a4,0(a4)
80403cee:	02e58863          	beq	a1,a4,80403d1e <pv_mmu_init+0x102>
80403cf2:	0411                	add	s0,s0,4
80403cf4:	fe8615e3          	bne	a2,s0,80403cde <pv_mmu_init+0xc2>
80403cf8:	6785                	lui	a5,0x1
80403cfa:	50b2                	lw	ra,44(sp)
80403cfc:	5422                	lw	s0,40(sp)
80403cfe:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80403d00:	97d2                	add	a5,a5,s4
80403d02:	00291513          	sll	a0,s2,0x2
80403d06:	953e                	add	a0,a0,a5
80403d08:	77fd                	lui	a5,0xfffff
80403d0a:	5492                	lw	s1,36(sp)
80403d0c:	5902                	lw	s2,32(sp)
80403d0e:	49f2                	lw	s3,28(sp)
80403d10:	4a62                	lw	s4,24(sp)
80403d12:	4ad2                	lw	s5,20(sp)
80403d14:	4b42                	lw	s6,16(sp)
80403d16:	4bb2                	lw	s7,12(sp)
80403d18:	8d7d                	and	a0,a0,a5
80403d1a:	6145                	add	sp,sp,48
80403d1c:	8082                	ret
80403d1e:	80407537          	lui	a0,0x80407
80403d22:	8f850513          	add	a0,a0,-1800 # 804068f8 <names.0+0x3d4>
80403d26:	9a6fe0ef          	jal	80401ecc <panic>

80403d2a <pv_map_frame>:
80403d2a:	7179                	add	sp,sp,-48
80403d2c:	c85a                	sw	s6,16(sp)
80403d2e:	80429b37          	lui	s6,0x80429
80403d32:	07cb2783          	lw	a5,124(s6) # 8042907c <boot_root>
80403d36:	d04a                	sw	s2,32(sp)
80403d38:	01655913          	srl	s2,a0,0x16
80403d3c:	090a                	sll	s2,s2,0x2
80403d3e:	97ca                	add	a5,a5,s2
80403d40:	439c                	lw	a5,0(a5)
80403d42:	d422                	sw	s0,40(sp)
80403d44:	d226                	sw	s1,36(sp)
80403d46:	ce4e                	sw	s3,28(sp)
80403d48:	d606                	sw	ra,44(sp)
80403d4a:	cc52                	sw	s4,24(sp)
80403d4c:	ca56                	sw	s5,20(sp)
80403d4e:	c65e                	sw	s7,12(sp)
80403d50:	c462                	sw	s8,8(sp)
80403d52:	0017f713          	and	a4,a5,1
80403d56:	842a                	mv	s0,a0
80403d58:	84ae                	mv	s1,a1
80403d5a:	89b2                	mv	s3,a2
80403d5c:	c33d                	beqz	a4,80403dc2 <pv_map_frame+0x98>
80403d5e:	00f7f713          	and	a4,a5,15
80403d62:	4685                	li	a3,1
80403d64:	12d71063          	bne	a4,a3,80403e84 <pv_map_frame+0x15a>
80403d68:	80429a37          	lui	s4,0x80429
80403d6c:	8031                	srl	s0,s0,0xc
80403d6e:	074a2703          	lw	a4,116(s4) # 80429074 <batched>
80403d72:	3ff47413          	and	s0,s0,1023
80403d76:	83a9                	srl	a5,a5,0xa
80403d78:	04aa                	sll	s1,s1,0xa
80403d7a:	040a                	sll	s0,s0,0x2
80403d7c:	07b2                	sll	a5,a5,0xc
80403d7e:	0134e4b3          	or	s1,s1,s3
80403d82:	20000693          	li	a3,512
80403d86:	8c5d                	or	s0,s0,a5
80403d88:	0d14e493          	or	s1,s1,209
80403d8c:	0cd70c63          	beq	a4,a3,80403e64 <pv_map_frame+0x13a>
80403d90:	805027b7          	lui	a5,0x80502
80403d94:	00371693          	sll	a3,a4,0x3
80403d98:	0cc78793          	add	a5,a5,204 # 805020cc <batch>
80403d9c:	97b6                	add	a5,a5,a3
80403d9e:	c380                	sw	s0,0(a5)
80403da0:	0705                	add	a4,a4,1
80403da2:	5422                	lw	s0,40(sp)
80403da4:	50b2                	lw	ra,44(sp)
80403da6:	5902                	lw	s2,32(sp)
80403da8:	49f2                	lw	s3,28(sp)
80403daa:	4ad2                	lw	s5,20(sp)
80403dac:	4b42                	lw	s6,16(sp)
80403dae:	4bb2                	lw	s7,12(sp)
80403db0:	4c22                	lw	s8,8(sp)
80403db2:	c3c4                	sw	s1,4(a5)
80403db4:	06ea2a23          	sw	a4,116(s4)
80403db8:	5492                	lw	s1,36(sp)
80403dba:	4a62                	lw	s4,24(sp)
80403dbc:	6145                	add	sp,sp,48
80403dbe:	c07ff06f          	j	804039c4 <flush>
80403dc2:	a71fd0ef          	jal	80401832 <kalloc>
80403dc6:	8baa                	mv	s7,a0
80403dc8:	c945                	beqz	a0,80403e78 <pv_map_frame+0x14e>
80403dca:	80000a37          	lui	s4,0x80000
80403dce:	4581                	li	a1,0
80403dd0:	014b8ab3          	add	s5,s7,s4
80403dd4:	d93ff0ef          	jal	80403b66 <kmap_set_writable>
80403dd8:	00cada93          	srl	s5,s5,0xc
80403ddc:	0c0bd263          	bgez	s7,80403ea0 <pv_map_frame+0x176>
80403de0:	804297b7          	lui	a5,0x80429
80403de4:	0847ac03          	lw	s8,132(a5) # 80429084 <nr_pages>
80403de8:	0b8afc63          	bgeu	s5,s8,80403ea0 <pv_map_frame+0x176>
80403dec:	804297b7          	lui	a5,0x80429
80403df0:	0887ab83          	lw	s7,136(a5) # 80429088 <p2m>
80403df4:	0a8a                	sll	s5,s5,0x2
80403df6:	4501                	li	a0,0
80403df8:	9ade                	add	s5,s5,s7
80403dfa:	000aa583          	lw	a1,0(s5)
80403dfe:	c6fff0ef          	jal	80403a6c <mmuext>
80403e02:	07cb2b03          	lw	s6,124(s6)
80403e06:	014b07b3          	add	a5,s6,s4
80403e0a:	83b1                	srl	a5,a5,0xc
80403e0c:	080b5363          	bgez	s6,80403e92 <pv_map_frame+0x168>
80403e10:	0987f163          	bgeu	a5,s8,80403e92 <pv_map_frame+0x168>
80403e14:	078a                	sll	a5,a5,0x2
80403e16:	9bbe                	add	s7,s7,a5
80403e18:	000bab83          	lw	s7,0(s7)
80403e1c:	000aaa83          	lw	s5,0(s5)
80403e20:	80429a37          	lui	s4,0x80429
80403e24:	074a2703          	lw	a4,116(s4) # 80429074 <batched>
80403e28:	0bb2                	sll	s7,s7,0xc
80403e2a:	0aaa                	sll	s5,s5,0xa
80403e2c:	20000793          	li	a5,512
80403e30:	012bebb3          	or	s7,s7,s2
80403e34:	001aea93          	or	s5,s5,1
80403e38:	02f70b63          	beq	a4,a5,80403e6e <pv_map_frame+0x144>
80403e3c:	805027b7          	lui	a5,0x80502
80403e40:	00371693          	sll	a3,a4,0x3
80403e44:	0cc78793          	add	a5,a5,204 # 805020cc <batch>
80403e48:	97b6                	add	a5,a5,a3
80403e4a:	0705                	add	a4,a4,1
80403e4c:	0177a023          	sw	s7,0(a5)
80403e50:	0157a223          	sw	s5,4(a5)
80403e54:	06ea2a23          	sw	a4,116(s4)
80403e58:	9b4a                	add	s6,s6,s2
80403e5a:	b6bff0ef          	jal	804039c4 <flush>
80403e5e:	000b2783          	lw	a5,0(s6)
80403e62:	bdf5                	j	80403d5e <pv_map_frame+0x34>
80403e64:	b61ff0ef          	jal	804039c4 <flush>
80403e68:	074a2703          	lw	a4,116(s4)
80403e6c:	b715                	j	80403d90 <pv_map_frame+0x66>
80403e6e:	b57ff0ef          	jal	804039c4 <flush>
80403e72:	074a2703          	lw	a4,116(s4)
80403e76:	b7d9                	j	80403e3c <pv_map_frame+0x112>
80403e78:	80407537          	lui	a0,0x80407
80403e7c:	92c50513          	add	a0,a0,-1748 # 8040692c <names.0+0x408>
80403e80:	84cfe0ef          	jal	80401ecc <panic>
80403e84:	80407537          	lui	a0,0x80407
80403e88:	85a2                	mv	a1,s0
80403e8a:	8d050513          	add	a0,a0,-1840 # 804068d0 <names.0+0x3ac>
80403e8e:	83efe0ef          	jal	80401ecc <panic>
80403e92:	80407537          	lui	a0,0x80407
80403e96:	85da                	mv	a1,s6
80403e98:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403e9c:	830fe0ef          	jal	80401ecc <panic>
80403ea0:	80407537          	lui	a0,0x80407
80403ea4:	85de                	mv	a1,s7
80403ea6:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403eaa:	822fe0ef          	jal	80401ecc <panic>

80403eae <vm_switch>:
80403eae:	1141                	add	sp,sp,-16
80403eb0:	c226                	sw	s1,4(sp)
80403eb2:	804294b7          	lui	s1,0x80429
80403eb6:	0784a783          	lw	a5,120(s1) # 80429078 <active_user>
80403eba:	c606                	sw	ra,12(sp)
80403ebc:	c422                	sw	s0,8(sp)
80403ebe:	02a78b63          	beq	a5,a0,80403ef4 <vm_switch+0x46>
80403ec2:	800007b7          	lui	a5,0x80000
80403ec6:	97aa                	add	a5,a5,a0
80403ec8:	842a                	mv	s0,a0
80403eca:	83b1                	srl	a5,a5,0xc
80403ecc:	02055963          	bgez	a0,80403efe <vm_switch+0x50>
80403ed0:	80429737          	lui	a4,0x80429
80403ed4:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
80403ed8:	02e7f363          	bgeu	a5,a4,80403efe <vm_switch+0x50>
80403edc:	80429737          	lui	a4,0x80429
80403ee0:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
80403ee4:	078a                	sll	a5,a5,0x2
80403ee6:	453d                	li	a0,15
80403ee8:	97ba                	add	a5,a5,a4
80403eea:	438c                	lw	a1,0(a5)
80403eec:	b81ff0ef          	jal	80403a6c <mmuext>
80403ef0:	0684ac23          	sw	s0,120(s1)
80403ef4:	40b2                	lw	ra,12(sp)
80403ef6:	4422                	lw	s0,8(sp)
80403ef8:	4492                	lw	s1,4(sp)
80403efa:	0141                	add	sp,sp,16
80403efc:	8082                	ret
80403efe:	80407537          	lui	a0,0x80407
80403f02:	85a2                	mv	a1,s0
80403f04:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403f08:	fc5fd0ef          	jal	80401ecc <panic>

80403f0c <uvm_create>:
80403f0c:	1141                	add	sp,sp,-16
80403f0e:	c422                	sw	s0,8(sp)
80403f10:	c606                	sw	ra,12(sp)
80403f12:	921fd0ef          	jal	80401832 <kalloc>
80403f16:	842a                	mv	s0,a0
80403f18:	c915                	beqz	a0,80403f4c <uvm_create+0x40>
80403f1a:	4581                	li	a1,0
80403f1c:	c4bff0ef          	jal	80403b66 <kmap_set_writable>
80403f20:	800007b7          	lui	a5,0x80000
80403f24:	97a2                	add	a5,a5,s0
80403f26:	83b1                	srl	a5,a5,0xc
80403f28:	02045763          	bgez	s0,80403f56 <uvm_create+0x4a>
80403f2c:	80429737          	lui	a4,0x80429
80403f30:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
80403f34:	02e7f163          	bgeu	a5,a4,80403f56 <uvm_create+0x4a>
80403f38:	80429737          	lui	a4,0x80429
80403f3c:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
80403f40:	078a                	sll	a5,a5,0x2
80403f42:	4505                	li	a0,1
80403f44:	97ba                	add	a5,a5,a4
80403f46:	438c                	lw	a1,0(a5)
80403f48:	b25ff0ef          	jal	80403a6c <mmuext>
80403f4c:	40b2                	lw	ra,12(sp)
80403f4e:	8522                	mv	a0,s0
80403f50:	4422                	lw	s0,8(sp)
80403f52:	0141                	add	sp,sp,16
80403f54:	8082                	ret
80403f56:	80407537          	lui	a0,0x80407
80403f5a:	85a2                	mv	a1,s0
80403f5c:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403f60:	f6dfd0ef          	jal	80401ecc <panic>

80403f64 <arch_pt_alloc>:
80403f64:	1141                	add	sp,sp,-16
80403f66:	c422                	sw	s0,8(sp)
80403f68:	c606                	sw	ra,12(sp)
80403f6a:	8c9fd0ef          	jal	80401832 <kalloc>
80403f6e:	842a                	mv	s0,a0
80403f70:	c915                	beqz	a0,80403fa4 <arch_pt_alloc+0x40>
80403f72:	4581                	li	a1,0
80403f74:	bf3ff0ef          	jal	80403b66 <kmap_set_writable>
80403f78:	800007b7          	lui	a5,0x80000
80403f7c:	97a2                	add	a5,a5,s0
80403f7e:	83b1                	srl	a5,a5,0xc
80403f80:	02045763          	bgez	s0,80403fae <arch_pt_alloc+0x4a>
80403f84:	80429737          	lui	a4,0x80429
80403f88:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
80403f8c:	02e7f163          	bgeu	a5,a4,80403fae <arch_pt_alloc+0x4a>
80403f90:	80429737          	lui	a4,0x80429
80403f94:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
80403f98:	078a                	sll	a5,a5,0x2
80403f9a:	4501                	li	a0,0
80403f9c:	97ba                	add	a5,a5,a4
80403f9e:	438c                	lw	a1,0(a5)
80403fa0:	acdff0ef          	jal	80403a6c <mmuext>
80403fa4:	40b2                	lw	ra,12(sp)
80403fa6:	8522                	mv	a0,s0
80403fa8:	4422                	lw	s0,8(sp)
80403faa:	0141                	add	sp,sp,16
80403fac:	8082                	ret
80403fae:	80407537          	lui	a0,0x80407
80403fb2:	85a2                	mv	a1,s0
80403fb4:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403fb8:	f15fd0ef          	jal	80401ecc <panic>

80403fbc <arch_pt_unpin>:
80403fbc:	804297b7          	lui	a5,0x80429
80403fc0:	0787a783          	lw	a5,120(a5) # 80429078 <active_user>
80403fc4:	1101                	add	sp,sp,-32
80403fc6:	ce06                	sw	ra,28(sp)
80403fc8:	08a78663          	beq	a5,a0,80404054 <arch_pt_unpin+0x98>
80403fcc:	80429337          	lui	t1,0x80429
80403fd0:	07032683          	lw	a3,112(t1) # 80429070 <unpinned>
80403fd4:	20000793          	li	a5,512
80403fd8:	882a                	mv	a6,a0
80403fda:	80501737          	lui	a4,0x80501
80403fde:	04f68363          	beq	a3,a5,80404024 <arch_pt_unpin+0x68>
80403fe2:	00369793          	sll	a5,a3,0x3
80403fe6:	0cc70713          	add	a4,a4,204 # 805010cc <unpins>
80403fea:	973e                	add	a4,a4,a5
80403fec:	4611                	li	a2,4
80403fee:	800007b7          	lui	a5,0x80000
80403ff2:	97c2                	add	a5,a5,a6
80403ff4:	c310                	sw	a2,0(a4)
80403ff6:	83b1                	srl	a5,a5,0xc
80403ff8:	04085763          	bgez	a6,80404046 <arch_pt_unpin+0x8a>
80403ffc:	80429637          	lui	a2,0x80429
80404000:	08462603          	lw	a2,132(a2) # 80429084 <nr_pages>
80404004:	04c7f163          	bgeu	a5,a2,80404046 <arch_pt_unpin+0x8a>
80404008:	80429637          	lui	a2,0x80429
8040400c:	08862603          	lw	a2,136(a2) # 80429088 <p2m>
80404010:	078a                	sll	a5,a5,0x2
80404012:	40f2                	lw	ra,28(sp)
80404014:	97b2                	add	a5,a5,a2
80404016:	439c                	lw	a5,0(a5)
80404018:	0685                	add	a3,a3,1
8040401a:	06d32823          	sw	a3,112(t1)
8040401e:	c35c                	sw	a5,4(a4)
80404020:	6105                	add	sp,sp,32
80404022:	8082                	ret
80404024:	66a1                	lui	a3,0x8
80404026:	c602                	sw	zero,12(sp)
80404028:	0cc70513          	add	a0,a4,204
8040402c:	20000593          	li	a1,512
80404030:	0070                	add	a2,sp,12
80404032:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80404034:	48e9                	li	a7,26
80404036:	00000073          	ecall
8040403a:	02054363          	bltz	a0,80404060 <arch_pt_unpin+0xa4>
8040403e:	06032823          	sw	zero,112(t1)
80404042:	4681                	li	a3,0
80404044:	bf79                	j	80403fe2 <arch_pt_unpin+0x26>
80404046:	80407537          	lui	a0,0x80407
8040404a:	85c2                	mv	a1,a6
8040404c:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80404050:	e7dfd0ef          	jal	80401ecc <panic>
80404054:	80407537          	lui	a0,0x80407
80404058:	94850513          	add	a0,a0,-1720 # 80406948 <names.0+0x424>
8040405c:	e71fd0ef          	jal	80401ecc <panic>
80404060:	4632                	lw	a2,12(sp)
80404062:	07032683          	lw	a3,112(t1)
80404066:	4581                	li	a1,0
80404068:	00d67363          	bgeu	a2,a3,8040406e <arch_pt_unpin+0xb2>
8040406c:	85b2                	mv	a1,a2
8040406e:	0cc70793          	add	a5,a4,204
80404072:	058e                	sll	a1,a1,0x3
80404074:	97ae                	add	a5,a5,a1
80404076:	43d8                	lw	a4,4(a5)
80404078:	85aa                	mv	a1,a0
8040407a:	80406537          	lui	a0,0x80406
8040407e:	7e850513          	add	a0,a0,2024 # 804067e8 <names.0+0x2c4>
80404082:	e4bfd0ef          	jal	80401ecc <panic>

80404086 <arch_pt_free>:
80404086:	1101                	add	sp,sp,-32
80404088:	c452                	sw	s4,8(sp)
8040408a:	80429a37          	lui	s4,0x80429
8040408e:	cc22                	sw	s0,24(sp)
80404090:	06ca2403          	lw	s0,108(s4) # 8042906c <nfreed>
80404094:	c64e                	sw	s3,12(sp)
80404096:	ce06                	sw	ra,28(sp)
80404098:	ca26                	sw	s1,20(sp)
8040409a:	c84a                	sw	s2,16(sp)
8040409c:	04000793          	li	a5,64
804040a0:	89aa                	mv	s3,a0
804040a2:	02f40a63          	beq	s0,a5,804040d6 <arch_pt_free+0x50>
804040a6:	805014b7          	lui	s1,0x80501
804040aa:	00140913          	add	s2,s0,1
804040ae:	fcc48493          	add	s1,s1,-52 # 80500fcc <freed>
804040b2:	854e                	mv	a0,s3
804040b4:	4585                	li	a1,1
804040b6:	ab1ff0ef          	jal	80403b66 <kmap_set_writable>
804040ba:	040a                	sll	s0,s0,0x2
804040bc:	94a2                	add	s1,s1,s0
804040be:	40f2                	lw	ra,28(sp)
804040c0:	4462                	lw	s0,24(sp)
804040c2:	072a2623          	sw	s2,108(s4)
804040c6:	0134a023          	sw	s3,0(s1)
804040ca:	4942                	lw	s2,16(sp)
804040cc:	44d2                	lw	s1,20(sp)
804040ce:	49b2                	lw	s3,12(sp)
804040d0:	4a22                	lw	s4,8(sp)
804040d2:	6105                	add	sp,sp,32
804040d4:	8082                	ret
804040d6:	80501437          	lui	s0,0x80501
804040da:	fcc40493          	add	s1,s0,-52 # 80500fcc <freed>
804040de:	8e7ff0ef          	jal	804039c4 <flush>
804040e2:	fcc40413          	add	s0,s0,-52
804040e6:	4901                	li	s2,0
804040e8:	4008                	lw	a0,0(s0)
804040ea:	0905                	add	s2,s2,1
804040ec:	0411                	add	s0,s0,4
804040ee:	f6efd0ef          	jal	8040185c <kfree>
804040f2:	06ca2783          	lw	a5,108(s4)
804040f6:	fef969e3          	bltu	s2,a5,804040e8 <arch_pt_free+0x62>
804040fa:	060a2623          	sw	zero,108(s4)
804040fe:	4905                	li	s2,1
80404100:	4401                	li	s0,0
80404102:	bf45                	j	804040b2 <arch_pt_free+0x2c>

80404104 <arch_pt_link>:
80404104:	1141                	add	sp,sp,-16
80404106:	800007b7          	lui	a5,0x80000
8040410a:	c606                	sw	ra,12(sp)
8040410c:	c422                	sw	s0,8(sp)
8040410e:	c226                	sw	s1,4(sp)
80404110:	c04a                	sw	s2,0(sp)
80404112:	00f50733          	add	a4,a0,a5
80404116:	08055763          	bgez	a0,804041a4 <arch_pt_link+0xa0>
8040411a:	804296b7          	lui	a3,0x80429
8040411e:	0846a603          	lw	a2,132(a3) # 80429084 <nr_pages>
80404122:	8331                	srl	a4,a4,0xc
80404124:	08c77063          	bgeu	a4,a2,804041a4 <arch_pt_link+0xa0>
80404128:	804296b7          	lui	a3,0x80429
8040412c:	0886a683          	lw	a3,136(a3) # 80429088 <p2m>
80404130:	070a                	sll	a4,a4,0x2
80404132:	0552                	sll	a0,a0,0x14
80404134:	9736                	add	a4,a4,a3
80404136:	4318                	lw	a4,0(a4)
80404138:	8151                	srl	a0,a0,0x14
8040413a:	97ae                	add	a5,a5,a1
8040413c:	0732                	sll	a4,a4,0xc
8040413e:	00a76433          	or	s0,a4,a0
80404142:	83b1                	srl	a5,a5,0xc
80404144:	0405da63          	bgez	a1,80404198 <arch_pt_link+0x94>
80404148:	04c7f863          	bgeu	a5,a2,80404198 <arch_pt_link+0x94>
8040414c:	078a                	sll	a5,a5,0x2
8040414e:	96be                	add	a3,a3,a5
80404150:	4284                	lw	s1,0(a3)
80404152:	80429937          	lui	s2,0x80429
80404156:	07492703          	lw	a4,116(s2) # 80429074 <batched>
8040415a:	04aa                	sll	s1,s1,0xa
8040415c:	20000793          	li	a5,512
80404160:	0014e493          	or	s1,s1,1
80404164:	02f70563          	beq	a4,a5,8040418e <arch_pt_link+0x8a>
80404168:	805027b7          	lui	a5,0x80502
8040416c:	00371693          	sll	a3,a4,0x3
80404170:	0cc78793          	add	a5,a5,204 # 805020cc <batch>
80404174:	97b6                	add	a5,a5,a3
80404176:	c380                	sw	s0,0(a5)
80404178:	0705                	add	a4,a4,1
8040417a:	4422                	lw	s0,8(sp)
8040417c:	40b2                	lw	ra,12(sp)
8040417e:	c3c4                	sw	s1,4(a5)
80404180:	06e92a23          	sw	a4,116(s2)
80404184:	4492                	lw	s1,4(sp)
80404186:	4902                	lw	s2,0(sp)
80404188:	0141                	add	sp,sp,16
8040418a:	83bff06f          	j	804039c4 <flush>
8040418e:	837ff0ef          	jal	804039c4 <flush>
80404192:	07492703          	lw	a4,116(s2)
80404196:	bfc9                	j	80404168 <arch_pt_link+0x64>
80404198:	80407537          	lui	a0,0x80407
8040419c:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
804041a0:	d2dfd0ef          	jal	80401ecc <panic>
804041a4:	85aa                	mv	a1,a0
804041a6:	80407537          	lui	a0,0x80407
804041aa:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
804041ae:	d1ffd0ef          	jal	80401ecc <panic>

804041b2 <arch_pt_set>:
804041b2:	1141                	add	sp,sp,-16
804041b4:	800007b7          	lui	a5,0x80000
804041b8:	c606                	sw	ra,12(sp)
804041ba:	c422                	sw	s0,8(sp)
804041bc:	c226                	sw	s1,4(sp)
804041be:	c04a                	sw	s2,0(sp)
804041c0:	97aa                	add	a5,a5,a0
804041c2:	06055563          	bgez	a0,8040422c <arch_pt_set+0x7a>
804041c6:	80429737          	lui	a4,0x80429
804041ca:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
804041ce:	83b1                	srl	a5,a5,0xc
804041d0:	04e7fe63          	bgeu	a5,a4,8040422c <arch_pt_set+0x7a>
804041d4:	80429737          	lui	a4,0x80429
804041d8:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
804041dc:	078a                	sll	a5,a5,0x2
804041de:	804294b7          	lui	s1,0x80429
804041e2:	97ba                	add	a5,a5,a4
804041e4:	4380                	lw	s0,0(a5)
804041e6:	0744a703          	lw	a4,116(s1) # 80429074 <batched>
804041ea:	0552                	sll	a0,a0,0x14
804041ec:	0432                	sll	s0,s0,0xc
804041ee:	8151                	srl	a0,a0,0x14
804041f0:	20000793          	li	a5,512
804041f4:	892e                	mv	s2,a1
804041f6:	8c49                	or	s0,s0,a0
804041f8:	02f70563          	beq	a4,a5,80404222 <arch_pt_set+0x70>
804041fc:	805027b7          	lui	a5,0x80502
80404200:	00371693          	sll	a3,a4,0x3
80404204:	0cc78793          	add	a5,a5,204 # 805020cc <batch>
80404208:	97b6                	add	a5,a5,a3
8040420a:	40b2                	lw	ra,12(sp)
8040420c:	c380                	sw	s0,0(a5)
8040420e:	4422                	lw	s0,8(sp)
80404210:	0705                	add	a4,a4,1
80404212:	0127a223          	sw	s2,4(a5)
80404216:	06e4aa23          	sw	a4,116(s1)
8040421a:	4902                	lw	s2,0(sp)
8040421c:	4492                	lw	s1,4(sp)
8040421e:	0141                	add	sp,sp,16
80404220:	8082                	ret
80404222:	fa2ff0ef          	jal	804039c4 <flush>
80404226:	0744a703          	lw	a4,116(s1)
8040422a:	bfc9                	j	804041fc <arch_pt_set+0x4a>
8040422c:	85aa                	mv	a1,a0
8040422e:	80407537          	lui	a0,0x80407
80404232:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80404236:	c97fd0ef          	jal	80401ecc <panic>

8040423a <arch_pt_commit>:
8040423a:	1141                	add	sp,sp,-16
8040423c:	c04a                	sw	s2,0(sp)
8040423e:	c606                	sw	ra,12(sp)
80404240:	c422                	sw	s0,8(sp)
80404242:	c226                	sw	s1,4(sp)
80404244:	80429937          	lui	s2,0x80429
80404248:	f7cff0ef          	jal	804039c4 <flush>
8040424c:	06c92783          	lw	a5,108(s2) # 8042906c <nfreed>
80404250:	cf99                	beqz	a5,8040426e <arch_pt_commit+0x34>
80404252:	80501437          	lui	s0,0x80501
80404256:	fcc40413          	add	s0,s0,-52 # 80500fcc <freed>
8040425a:	4481                	li	s1,0
8040425c:	4008                	lw	a0,0(s0)
8040425e:	0485                	add	s1,s1,1
80404260:	0411                	add	s0,s0,4
80404262:	dfafd0ef          	jal	8040185c <kfree>
80404266:	06c92783          	lw	a5,108(s2)
8040426a:	fef4e9e3          	bltu	s1,a5,8040425c <arch_pt_commit+0x22>
8040426e:	40b2                	lw	ra,12(sp)
80404270:	4422                	lw	s0,8(sp)
80404272:	06092623          	sw	zero,108(s2)
80404276:	4492                	lw	s1,4(sp)
80404278:	4902                	lw	s2,0(sp)
8040427a:	0141                	add	sp,sp,16
8040427c:	8082                	ret

8040427e <arch_pte_leaf>:
8040427e:	800007b7          	lui	a5,0x80000
80404282:	97aa                	add	a5,a5,a0
80404284:	02055363          	bgez	a0,804042aa <arch_pte_leaf+0x2c>
80404288:	80429737          	lui	a4,0x80429
8040428c:	08472703          	lw	a4,132(a4) # 80429084 <nr_pages>
80404290:	83b1                	srl	a5,a5,0xc
80404292:	00e7fc63          	bgeu	a5,a4,804042aa <arch_pte_leaf+0x2c>
80404296:	80429737          	lui	a4,0x80429
8040429a:	08872703          	lw	a4,136(a4) # 80429088 <p2m>
8040429e:	078a                	sll	a5,a5,0x2
804042a0:	97ba                	add	a5,a5,a4
804042a2:	4388                	lw	a0,0(a5)
804042a4:	052a                	sll	a0,a0,0xa
804042a6:	8d4d                	or	a0,a0,a1
804042a8:	8082                	ret
804042aa:	85aa                	mv	a1,a0
804042ac:	80407537          	lui	a0,0x80407
804042b0:	1141                	add	sp,sp,-16
804042b2:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
804042b6:	c606                	sw	ra,12(sp)
804042b8:	c15fd0ef          	jal	80401ecc <panic>

804042bc <arch_pte_page>:
804042bc:	8129                	srl	a0,a0,0xa
804042be:	82fff06f          	j	80403aec <mfn_to_virt>

804042c2 <net_rx>:
804042c2:	852e                	mv	a0,a1
804042c4:	85b2                	mv	a1,a2
804042c6:	f9efd06f          	j	80401a64 <net_input>

804042ca <pv_net_init>:
804042ca:	7179                	add	sp,sp,-48
804042cc:	002c                	add	a1,sp,8
804042ce:	ce4e                	sw	s3,28(sp)
804042d0:	d606                	sw	ra,44(sp)
804042d2:	d422                	sw	s0,40(sp)
804042d4:	d226                	sw	s1,36(sp)
804042d6:	d04a                	sw	s2,32(sp)
804042d8:	cc52                	sw	s4,24(sp)
804042da:	ca56                	sw	s5,20(sp)
804042dc:	89aa                	mv	s3,a0
804042de:	491000ef          	jal	80404f6e <netfront_probe>
804042e2:	57f9                	li	a5,-2
804042e4:	0cf50b63          	beq	a0,a5,804043ba <pv_net_init+0xf0>
804042e8:	0e054863          	bltz	a0,804043d8 <pv_net_init+0x10e>
804042ec:	d46fd0ef          	jal	80401832 <kalloc>
804042f0:	842a                	mv	s0,a0
804042f2:	0c050d63          	beqz	a0,804043cc <pv_net_init+0x102>
804042f6:	6605                	lui	a2,0x1
804042f8:	4581                	li	a1,0
804042fa:	a12fe0ef          	jal	8040250c <memset>
804042fe:	8522                	mv	a0,s0
80404300:	80503a37          	lui	s4,0x80503
80404304:	faeff0ef          	jal	80403ab2 <virt_to_mfn>
80404308:	0cca0913          	add	s2,s4,204 # 805030cc <pages.0>
8040430c:	00892023          	sw	s0,0(s2)
80404310:	00a92223          	sw	a0,4(s2)
80404314:	d1efd0ef          	jal	80401832 <kalloc>
80404318:	842a                	mv	s0,a0
8040431a:	c94d                	beqz	a0,804043cc <pv_net_init+0x102>
8040431c:	6605                	lui	a2,0x1
8040431e:	4581                	li	a1,0
80404320:	9ecfe0ef          	jal	8040250c <memset>
80404324:	8522                	mv	a0,s0
80404326:	f8cff0ef          	jal	80403ab2 <virt_to_mfn>
8040432a:	00a92623          	sw	a0,12(s2)
8040432e:	00892423          	sw	s0,8(s2)
80404332:	02090a93          	add	s5,s2,32
80404336:	0cca0493          	add	s1,s4,204
8040433a:	cf8fd0ef          	jal	80401832 <kalloc>
8040433e:	842a                	mv	s0,a0
80404340:	c551                	beqz	a0,804043cc <pv_net_init+0x102>
80404342:	6605                	lui	a2,0x1
80404344:	4581                	li	a1,0
80404346:	9c6fe0ef          	jal	8040250c <memset>
8040434a:	8522                	mv	a0,s0
8040434c:	f66ff0ef          	jal	80403ab2 <virt_to_mfn>
80404350:	d888                	sw	a0,48(s1)
80404352:	c880                	sw	s0,16(s1)
80404354:	0491                	add	s1,s1,4
80404356:	ff5492e3          	bne	s1,s5,8040433a <pv_net_init+0x70>
8040435a:	805034b7          	lui	s1,0x80503
8040435e:	11c48493          	add	s1,s1,284 # 8050311c <pages.0+0x50>
80404362:	0d090913          	add	s2,s2,208
80404366:	cccfd0ef          	jal	80401832 <kalloc>
8040436a:	842a                	mv	s0,a0
8040436c:	c125                	beqz	a0,804043cc <pv_net_init+0x102>
8040436e:	6605                	lui	a2,0x1
80404370:	4581                	li	a1,0
80404372:	99afe0ef          	jal	8040250c <memset>
80404376:	8522                	mv	a0,s0
80404378:	f3aff0ef          	jal	80403ab2 <virt_to_mfn>
8040437c:	08a4a023          	sw	a0,128(s1)
80404380:	c080                	sw	s0,0(s1)
80404382:	0491                	add	s1,s1,4
80404384:	fe9911e3          	bne	s2,s1,80404366 <pv_net_init+0x9c>
80404388:	804057b7          	lui	a5,0x80405
8040438c:	804046b7          	lui	a3,0x80404
80404390:	80503537          	lui	a0,0x80503
80404394:	c0478793          	add	a5,a5,-1020 # 80404c04 <pv_block>
80404398:	4701                	li	a4,0
8040439a:	2c268693          	add	a3,a3,706 # 804042c2 <net_rx>
8040439e:	0cca0613          	add	a2,s4,204
804043a2:	85ce                	mv	a1,s3
804043a4:	21c50513          	add	a0,a0,540 # 8050321c <nf>
804043a8:	5e9000ef          	jal	80405190 <netfront_connect>
804043ac:	04054163          	bltz	a0,804043ee <pv_net_init+0x124>
804043b0:	804297b7          	lui	a5,0x80429
804043b4:	4705                	li	a4,1
804043b6:	08e7a623          	sw	a4,140(a5) # 8042908c <present>
804043ba:	50b2                	lw	ra,44(sp)
804043bc:	5422                	lw	s0,40(sp)
804043be:	5492                	lw	s1,36(sp)
804043c0:	5902                	lw	s2,32(sp)
804043c2:	49f2                	lw	s3,28(sp)
804043c4:	4a62                	lw	s4,24(sp)
804043c6:	4ad2                	lw	s5,20(sp)
804043c8:	6145                	add	sp,sp,48
804043ca:	8082                	ret
804043cc:	80407537          	lui	a0,0x80407
804043d0:	99c50513          	add	a0,a0,-1636 # 8040699c <names.0+0x478>
804043d4:	af9fd0ef          	jal	80401ecc <panic>
804043d8:	862a                	mv	a2,a0
804043da:	804075b7          	lui	a1,0x80407
804043de:	80407537          	lui	a0,0x80407
804043e2:	96458593          	add	a1,a1,-1692 # 80406964 <names.0+0x440>
804043e6:	97850513          	add	a0,a0,-1672 # 80406978 <names.0+0x454>
804043ea:	ae3fd0ef          	jal	80401ecc <panic>
804043ee:	85aa                	mv	a1,a0
804043f0:	80407537          	lui	a0,0x80407
804043f4:	9b450513          	add	a0,a0,-1612 # 804069b4 <names.0+0x490>
804043f8:	ad5fd0ef          	jal	80401ecc <panic>

804043fc <arch_net_mac>:
804043fc:	804297b7          	lui	a5,0x80429
80404400:	08c7a783          	lw	a5,140(a5) # 8042908c <present>
80404404:	4501                	li	a0,0
80404406:	c789                	beqz	a5,80404410 <arch_net_mac+0x14>
80404408:	80503537          	lui	a0,0x80503
8040440c:	25050513          	add	a0,a0,592 # 80503250 <nf+0x34>
80404410:	8082                	ret

80404412 <arch_net_send>:
80404412:	804297b7          	lui	a5,0x80429
80404416:	08c7a783          	lw	a5,140(a5) # 8042908c <present>
8040441a:	862e                	mv	a2,a1
8040441c:	cb81                	beqz	a5,8040442c <arch_net_send+0x1a>
8040441e:	85aa                	mv	a1,a0
80404420:	80503537          	lui	a0,0x80503
80404424:	21c50513          	add	a0,a0,540 # 8050321c <nf>
80404428:	4270006f          	j	8040504e <netfront_send>
8040442c:	557d                	li	a0,-1
8040442e:	8082                	ret

80404430 <timer_event>:
80404430:	804297b7          	lui	a5,0x80429
80404434:	4705                	li	a4,1
80404436:	08e7a823          	sw	a4,144(a5) # 80429090 <ticked>
8040443a:	fb8fe06f          	j	80402bf2 <timer_intr>

8040443e <pv_trap_init>:
8040443e:	80404537          	lui	a0,0x80404
80404442:	50c50513          	add	a0,a0,1292 # 8040450c <pv_trap_entry>
80404446:	4581                	li	a1,0
80404448:	4891                	li	a7,4
8040444a:	00000073          	ecall
8040444e:	00054363          	bltz	a0,80404454 <pv_trap_init+0x16>
80404452:	8082                	ret
80404454:	85aa                	mv	a1,a0
80404456:	80407537          	lui	a0,0x80407
8040445a:	1141                	add	sp,sp,-16
8040445c:	9f050513          	add	a0,a0,-1552 # 804069f0 <names.0+0x4cc>
80404460:	c606                	sw	ra,12(sp)
80404462:	a6bfd0ef          	jal	80401ecc <panic>

80404466 <pv_timer_init>:
80404466:	1141                	add	sp,sp,-16
80404468:	c422                	sw	s0,8(sp)
8040446a:	80429437          	lui	s0,0x80429
8040446e:	09440593          	add	a1,s0,148 # 80429094 <timer_port>
80404472:	4501                	li	a0,0
80404474:	c606                	sw	ra,12(sp)
80404476:	2f11                	jal	80404b8a <evtchn_bind_virq>
80404478:	c519                	beqz	a0,80404486 <pv_timer_init+0x20>
8040447a:	00054f63          	bltz	a0,80404498 <pv_timer_init+0x32>
8040447e:	40b2                	lw	ra,12(sp)
80404480:	4422                	lw	s0,8(sp)
80404482:	0141                	add	sp,sp,16
80404484:	8082                	ret
80404486:	09442503          	lw	a0,148(s0)
8040448a:	804045b7          	lui	a1,0x80404
8040448e:	4601                	li	a2,0
80404490:	43058593          	add	a1,a1,1072 # 80404430 <timer_event>
80404494:	2bf9                	jal	80404a72 <evtchn_bind>
80404496:	b7d5                	j	8040447a <pv_timer_init+0x14>
80404498:	85aa                	mv	a1,a0
8040449a:	80407537          	lui	a0,0x80407
8040449e:	a0850513          	add	a0,a0,-1528 # 80406a08 <names.0+0x4e4>
804044a2:	a2bfd0ef          	jal	80401ecc <panic>

804044a6 <arch_interrupt>:
804044a6:	800007b7          	lui	a5,0x80000
804044aa:	07a5                	add	a5,a5,9 # 80000009 <_entry-0x3ffff7>
804044ac:	00f50463          	beq	a0,a5,804044b4 <arch_interrupt+0xe>
804044b0:	4501                	li	a0,0
804044b2:	8082                	ret
804044b4:	1141                	add	sp,sp,-16
804044b6:	c422                	sw	s0,8(sp)
804044b8:	80429437          	lui	s0,0x80429
804044bc:	c606                	sw	ra,12(sp)
804044be:	08042823          	sw	zero,144(s0) # 80429090 <ticked>
804044c2:	2bd1                	jal	80404a96 <evtchn_do_upcall>
804044c4:	09042503          	lw	a0,144(s0)
804044c8:	40b2                	lw	ra,12(sp)
804044ca:	4422                	lw	s0,8(sp)
804044cc:	0141                	add	sp,sp,16
804044ce:	8082                	ret

804044d0 <arch_idle>:
804044d0:	af15                	j	80404c04 <pv_block>

804044d2 <arch_set_timer>:
804044d2:	48bd                	li	a7,15
804044d4:	00000073          	ecall
804044d8:	00054363          	bltz	a0,804044de <arch_set_timer+0xc>
804044dc:	8082                	ret
804044de:	85aa                	mv	a1,a0
804044e0:	80407537          	lui	a0,0x80407
804044e4:	1141                	add	sp,sp,-16
804044e6:	a3c50513          	add	a0,a0,-1476 # 80406a3c <names.0+0x518>
804044ea:	c606                	sw	ra,12(sp)
804044ec:	9e1fd0ef          	jal	80401ecc <panic>

804044f0 <arch_user_return>:
804044f0:	804297b7          	lui	a5,0x80429
804044f4:	09c7a703          	lw	a4,156(a5) # 8042909c <pv_shared_info>
804044f8:	1141                	add	sp,sp,-16
804044fa:	c606                	sw	ra,12(sp)
804044fc:	09050693          	add	a3,a0,144
80404500:	db54                	sw	a3,52(a4)
80404502:	02000713          	li	a4,32
80404506:	08e52223          	sw	a4,132(a0)
8040450a:	2061                	jal	80404592 <pv_iret>

8040450c <pv_trap_entry>:
8040450c:	7175                	add	sp,sp,-144
8040450e:	c206                	sw	ra,4(sp)
80404510:	c60e                	sw	gp,12(sp)
80404512:	c812                	sw	tp,16(sp)
80404514:	ca16                	sw	t0,20(sp)
80404516:	cc1a                	sw	t1,24(sp)
80404518:	ce1e                	sw	t2,28(sp)
8040451a:	d022                	sw	s0,32(sp)
8040451c:	d226                	sw	s1,36(sp)
8040451e:	d42a                	sw	a0,40(sp)
80404520:	d62e                	sw	a1,44(sp)
80404522:	d832                	sw	a2,48(sp)
80404524:	da36                	sw	a3,52(sp)
80404526:	dc3a                	sw	a4,56(sp)
80404528:	de3e                	sw	a5,60(sp)
8040452a:	c0c2                	sw	a6,64(sp)
8040452c:	c2c6                	sw	a7,68(sp)
8040452e:	c4ca                	sw	s2,72(sp)
80404530:	c6ce                	sw	s3,76(sp)
80404532:	c8d2                	sw	s4,80(sp)
80404534:	cad6                	sw	s5,84(sp)
80404536:	ccda                	sw	s6,88(sp)
80404538:	cede                	sw	s7,92(sp)
8040453a:	d0e2                	sw	s8,96(sp)
8040453c:	d2e6                	sw	s9,100(sp)
8040453e:	d4ea                	sw	s10,104(sp)
80404540:	d6ee                	sw	s11,108(sp)
80404542:	d8f2                	sw	t3,112(sp)
80404544:	daf6                	sw	t4,116(sp)
80404546:	dcfa                	sw	t5,120(sp)
80404548:	defe                	sw	t6,124(sp)
8040454a:	00025297          	auipc	t0,0x25
8040454e:	b522a283          	lw	t0,-1198(t0) # 8042909c <pv_shared_info>
80404552:	0202a303          	lw	t1,32(t0)
80404556:	c11a                	sw	t1,128(sp)
80404558:	0242a303          	lw	t1,36(t0)
8040455c:	c51a                	sw	t1,136(sp)
8040455e:	0282a303          	lw	t1,40(t0)
80404562:	c71a                	sw	t1,140(sp)
80404564:	02c2a303          	lw	t1,44(t0)
80404568:	c31a                	sw	t1,132(sp)
8040456a:	10037313          	and	t1,t1,256
8040456e:	00031963          	bnez	t1,80404580 <from_kernel>
80404572:	0302a303          	lw	t1,48(t0)
80404576:	c41a                	sw	t1,8(sp)
80404578:	850a                	mv	a0,sp
8040457a:	fc6fe0ef          	jal	80402d40 <user_trap>
8040457e:	a001                	j	8040457e <pv_trap_entry+0x72>

80404580 <from_kernel>:
80404580:	09010313          	add	t1,sp,144
80404584:	c41a                	sw	t1,8(sp)
80404586:	850a                	mv	a0,sp
80404588:	84bfe0ef          	jal	80402dd2 <kernel_trap>
8040458c:	850a                	mv	a0,sp
8040458e:	0040006f          	j	80404592 <pv_iret>

80404592 <pv_iret>:
80404592:	00025297          	auipc	t0,0x25
80404596:	b0a2a283          	lw	t0,-1270(t0) # 8042909c <pv_shared_info>
8040459a:	08052303          	lw	t1,128(a0)
8040459e:	0262a023          	sw	t1,32(t0)
804045a2:	08452303          	lw	t1,132(a0)
804045a6:	0262a623          	sw	t1,44(t0)
804045aa:	04452303          	lw	t1,68(a0)
804045ae:	0262ac23          	sw	t1,56(t0)
804045b2:	00452083          	lw	ra,4(a0)
804045b6:	00852103          	lw	sp,8(a0)
804045ba:	00c52183          	lw	gp,12(a0)
804045be:	01052203          	lw	tp,16(a0)
804045c2:	01452283          	lw	t0,20(a0)
804045c6:	01852303          	lw	t1,24(a0)
804045ca:	01c52383          	lw	t2,28(a0)
804045ce:	5100                	lw	s0,32(a0)
804045d0:	5144                	lw	s1,36(a0)
804045d2:	554c                	lw	a1,44(a0)
804045d4:	5910                	lw	a2,48(a0)
804045d6:	5954                	lw	a3,52(a0)
804045d8:	5d18                	lw	a4,56(a0)
804045da:	5d5c                	lw	a5,60(a0)
804045dc:	04052803          	lw	a6,64(a0)
804045e0:	04852903          	lw	s2,72(a0)
804045e4:	04c52983          	lw	s3,76(a0)
804045e8:	05052a03          	lw	s4,80(a0)
804045ec:	05452a83          	lw	s5,84(a0)
804045f0:	05852b03          	lw	s6,88(a0)
804045f4:	05c52b83          	lw	s7,92(a0)
804045f8:	06052c03          	lw	s8,96(a0)
804045fc:	06452c83          	lw	s9,100(a0)
80404600:	06852d03          	lw	s10,104(a0)
80404604:	06c52d83          	lw	s11,108(a0)
80404608:	07052e03          	lw	t3,112(a0)
8040460c:	07452e83          	lw	t4,116(a0)
80404610:	07852f03          	lw	t5,120(a0)
80404614:	07c52f83          	lw	t6,124(a0)
80404618:	5508                	lw	a0,40(a0)
8040461a:	48dd                	li	a7,23
8040461c:	00000073          	ecall
80404620:	a001                	j	80404620 <pv_iret+0x8e>

80404622 <blkfront_event>:
80404622:	8082                	ret

80404624 <wait_response>:
80404624:	1101                	add	sp,sp,-32
80404626:	cc22                	sw	s0,24(sp)
80404628:	ce06                	sw	ra,28(sp)
8040462a:	842a                	mv	s0,a0
8040462c:	401c                	lw	a5,0(s0)
8040462e:	0087a803          	lw	a6,8(a5)
80404632:	0220000f          	fence	r,r
80404636:	4010                	lw	a2,0(s0)
80404638:	4418                	lw	a4,8(s0)
8040463a:	02e80863          	beq	a6,a4,8040466a <wait_response+0x46>
8040463e:	445c                	lw	a5,12(s0)
80404640:	4814                	lw	a3,16(s0)
80404642:	17fd                	add	a5,a5,-1
80404644:	8ff9                	and	a5,a5,a4
80404646:	02d787b3          	mul	a5,a5,a3
8040464a:	0705                	add	a4,a4,1
8040464c:	04078793          	add	a5,a5,64
80404650:	97b2                	add	a5,a5,a2
80404652:	4394                	lw	a3,0(a5)
80404654:	0067d503          	lhu	a0,6(a5)
80404658:	c418                	sw	a4,8(s0)
8040465a:	0542                	sll	a0,a0,0x10
8040465c:	8541                	sra	a0,a0,0x10
8040465e:	fcb69ee3          	bne	a3,a1,8040463a <wait_response+0x16>
80404662:	40f2                	lw	ra,28(sp)
80404664:	4462                	lw	s0,24(sp)
80404666:	6105                	add	sp,sp,32
80404668:	8082                	ret
8040466a:	4618                	lw	a4,8(a2)
8040466c:	0220000f          	fence	r,r
80404670:	441c                	lw	a5,8(s0)
80404672:	fae79de3          	bne	a5,a4,8040462c <wait_response+0x8>
80404676:	4018                	lw	a4,0(s0)
80404678:	0785                	add	a5,a5,1
8040467a:	c75c                	sw	a5,12(a4)
8040467c:	0330000f          	fence	rw,rw
80404680:	401c                	lw	a5,0(s0)
80404682:	479c                	lw	a5,8(a5)
80404684:	0220000f          	fence	r,r
80404688:	4418                	lw	a4,8(s0)
8040468a:	faf711e3          	bne	a4,a5,8040462c <wait_response+0x8>
8040468e:	5c7c                	lw	a5,124(s0)
80404690:	c62e                	sw	a1,12(sp)
80404692:	9782                	jalr	a5
80404694:	45b2                	lw	a1,12(sp)
80404696:	bf59                	j	8040462c <wait_response+0x8>

80404698 <transfer>:
80404698:	715d                	add	sp,sp,-80
8040469a:	c686                	sw	ra,76(sp)
8040469c:	c4a2                	sw	s0,72(sp)
8040469e:	c2a6                	sw	s1,68(sp)
804046a0:	c0ca                	sw	s2,64(sp)
804046a2:	de4e                	sw	s3,60(sp)
804046a4:	dc52                	sw	s4,56(sp)
804046a6:	da56                	sw	s5,52(sp)
804046a8:	d85a                	sw	s6,48(sp)
804046aa:	d65e                	sw	s7,44(sp)
804046ac:	d462                	sw	s8,40(sp)
804046ae:	d266                	sw	s9,36(sp)
804046b0:	d06a                	sw	s10,32(sp)
804046b2:	ce6e                	sw	s11,28(sp)
804046b4:	c22e                	sw	a1,4(sp)
804046b6:	16060a63          	beqz	a2,8040482a <transfer+0x192>
804046ba:	04c50793          	add	a5,a0,76
804046be:	8b32                	mv	s6,a2
804046c0:	842a                	mv	s0,a0
804046c2:	8bb6                	mv	s7,a3
804046c4:	8aba                	mv	s5,a4
804046c6:	c43e                	sw	a5,8(sp)
804046c8:	4921                	li	s2,8
804046ca:	6985                	lui	s3,0x1
804046cc:	05800793          	li	a5,88
804046d0:	8a5a                	mv	s4,s6
804046d2:	0167f463          	bgeu	a5,s6,804046da <transfer+0x42>
804046d6:	05800a13          	li	s4,88
804046da:	007a0493          	add	s1,s4,7
804046de:	808d                	srl	s1,s1,0x3
804046e0:	040a8163          	beqz	s5,80404722 <transfer+0x8a>
804046e4:	00349d93          	sll	s11,s1,0x3
804046e8:	02040c13          	add	s8,s0,32
804046ec:	8d56                	mv	s10,s5
804046ee:	41ba0db3          	sub	s11,s4,s11
804046f2:	8cd2                	mv	s9,s4
804046f4:	85ea                	mv	a1,s10
804046f6:	8666                	mv	a2,s9
804046f8:	01997363          	bgeu	s2,s9,804046fe <transfer+0x66>
804046fc:	4621                	li	a2,8
804046fe:	000c2503          	lw	a0,0(s8)
80404702:	0626                	sll	a2,a2,0x9
80404704:	1ce1                	add	s9,s9,-8
80404706:	e49fd0ef          	jal	8040254e <memcpy>
8040470a:	0c11                	add	s8,s8,4
8040470c:	9d4e                	add	s10,s10,s3
8040470e:	ff9d93e3          	bne	s11,s9,804046f4 <transfer+0x5c>
80404712:	4458                	lw	a4,12(s0)
80404714:	441c                	lw	a5,8(s0)
80404716:	4054                	lw	a3,4(s0)
80404718:	97ba                	add	a5,a5,a4
8040471a:	00d79a63          	bne	a5,a3,8040472e <transfer+0x96>
8040471e:	5c7c                	lw	a5,124(s0)
80404720:	9782                	jalr	a5
80404722:	4458                	lw	a4,12(s0)
80404724:	441c                	lw	a5,8(s0)
80404726:	4054                	lw	a3,4(s0)
80404728:	97ba                	add	a5,a5,a4
8040472a:	fed78ae3          	beq	a5,a3,8040471e <transfer+0x86>
8040472e:	4810                	lw	a2,16(s0)
80404730:	fff70793          	add	a5,a4,-1
80404734:	8ff5                	and	a5,a5,a3
80404736:	02c787b3          	mul	a5,a5,a2
8040473a:	00042803          	lw	a6,0(s0)
8040473e:	05000613          	li	a2,80
80404742:	4581                	li	a1,0
80404744:	04078793          	add	a5,a5,64
80404748:	00f80db3          	add	s11,a6,a5
8040474c:	856e                	mv	a0,s11
8040474e:	dbffd0ef          	jal	8040250c <memset>
80404752:	5c2c                	lw	a1,120(s0)
80404754:	0ff4f713          	zext.b	a4,s1
80404758:	0722                	sll	a4,a4,0x8
8040475a:	00158693          	add	a3,a1,1
8040475e:	015037b3          	snez	a5,s5
80404762:	dc34                	sw	a3,120(s0)
80404764:	8fd9                	or	a5,a5,a4
80404766:	00fd9023          	sh	a5,0(s11)
8040476a:	4792                	lw	a5,4(sp)
8040476c:	4522                	lw	a0,8(sp)
8040476e:	03848713          	add	a4,s1,56
80404772:	00fda423          	sw	a5,8(s11)
80404776:	000d9123          	sh	zero,2(s11)
8040477a:	00bda223          	sw	a1,4(s11)
8040477e:	00cd8613          	add	a2,s11,12
80404782:	038d8793          	add	a5,s11,56
80404786:	00ed8833          	add	a6,s11,a4
8040478a:	86d2                	mv	a3,s4
8040478c:	00052883          	lw	a7,0(a0)
80404790:	8736                	mv	a4,a3
80404792:	0511                	add	a0,a0,4
80404794:	01162023          	sw	a7,0(a2) # 1000 <_entry-0x803ff000>
80404798:	00078023          	sb	zero,0(a5)
8040479c:	00d97363          	bgeu	s2,a3,804047a2 <transfer+0x10a>
804047a0:	4721                	li	a4,8
804047a2:	177d                	add	a4,a4,-1
804047a4:	00e785a3          	sb	a4,11(a5)
804047a8:	0785                	add	a5,a5,1
804047aa:	0611                	add	a2,a2,4
804047ac:	16e1                	add	a3,a3,-8
804047ae:	fcf81fe3          	bne	a6,a5,8040478c <transfer+0xf4>
804047b2:	405c                	lw	a5,4(s0)
804047b4:	4018                	lw	a4,0(s0)
804047b6:	0785                	add	a5,a5,1
804047b8:	c05c                	sw	a5,4(s0)
804047ba:	4318                	lw	a4,0(a4)
804047bc:	0110000f          	fence	w,w
804047c0:	4014                	lw	a3,0(s0)
804047c2:	c29c                	sw	a5,0(a3)
804047c4:	0330000f          	fence	rw,rw
804047c8:	4014                	lw	a3,0(s0)
804047ca:	40e78733          	sub	a4,a5,a4
804047ce:	42d4                	lw	a3,4(a3)
804047d0:	8f95                	sub	a5,a5,a3
804047d2:	06e7ec63          	bltu	a5,a4,8040484a <transfer+0x1b2>
804047d6:	8522                	mv	a0,s0
804047d8:	e4dff0ef          	jal	80404624 <wait_response>
804047dc:	080b8063          	beqz	s7,8040485c <transfer+0x1c4>
804047e0:	e531                	bnez	a0,8040482c <transfer+0x194>
804047e2:	048e                	sll	s1,s1,0x3
804047e4:	409a0db3          	sub	s11,s4,s1
804047e8:	02040d13          	add	s10,s0,32
804047ec:	8cde                	mv	s9,s7
804047ee:	84d2                	mv	s1,s4
804047f0:	8566                	mv	a0,s9
804047f2:	8626                	mv	a2,s1
804047f4:	00997363          	bgeu	s2,s1,804047fa <transfer+0x162>
804047f8:	4621                	li	a2,8
804047fa:	000d2583          	lw	a1,0(s10)
804047fe:	0626                	sll	a2,a2,0x9
80404800:	14e1                	add	s1,s1,-8
80404802:	d4dfd0ef          	jal	8040254e <memcpy>
80404806:	0d11                	add	s10,s10,4
80404808:	9cce                	add	s9,s9,s3
8040480a:	fe9d93e3          	bne	s11,s1,804047f0 <transfer+0x158>
8040480e:	4712                	lw	a4,4(sp)
80404810:	009a1793          	sll	a5,s4,0x9
80404814:	414b0b33          	sub	s6,s6,s4
80404818:	9752                	add	a4,a4,s4
8040481a:	c23a                	sw	a4,4(sp)
8040481c:	9bbe                	add	s7,s7,a5
8040481e:	000a8463          	beqz	s5,80404826 <transfer+0x18e>
80404822:	0a26                	sll	s4,s4,0x9
80404824:	9ad2                	add	s5,s5,s4
80404826:	ea0b13e3          	bnez	s6,804046cc <transfer+0x34>
8040482a:	4501                	li	a0,0
8040482c:	40b6                	lw	ra,76(sp)
8040482e:	4426                	lw	s0,72(sp)
80404830:	4496                	lw	s1,68(sp)
80404832:	4906                	lw	s2,64(sp)
80404834:	59f2                	lw	s3,60(sp)
80404836:	5a62                	lw	s4,56(sp)
80404838:	5ad2                	lw	s5,52(sp)
8040483a:	5b42                	lw	s6,48(sp)
8040483c:	5bb2                	lw	s7,44(sp)
8040483e:	5c22                	lw	s8,40(sp)
80404840:	5c92                	lw	s9,36(sp)
80404842:	5d02                	lw	s10,32(sp)
80404844:	4df2                	lw	s11,28(sp)
80404846:	6161                	add	sp,sp,80
80404848:	8082                	ret
8040484a:	4848                	lw	a0,20(s0)
8040484c:	c62e                	sw	a1,12(sp)
8040484e:	2625                	jal	80404b76 <evtchn_send>
80404850:	45b2                	lw	a1,12(sp)
80404852:	8522                	mv	a0,s0
80404854:	dd1ff0ef          	jal	80404624 <wait_response>
80404858:	f80b94e3          	bnez	s7,804047e0 <transfer+0x148>
8040485c:	f961                	bnez	a0,8040482c <transfer+0x194>
8040485e:	4792                	lw	a5,4(sp)
80404860:	414b0b33          	sub	s6,s6,s4
80404864:	97d2                	add	a5,a5,s4
80404866:	c23e                	sw	a5,4(sp)
80404868:	bf5d                	j	8040481e <transfer+0x186>

8040486a <blkfront_probe>:
8040486a:	862e                	mv	a2,a1
8040486c:	804065b7          	lui	a1,0x80406
80404870:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
80404874:	05a0106f          	j	804058ce <xs_read_u32>

80404878 <blkfront_connect>:
80404878:	7179                	add	sp,sp,-48
8040487a:	d226                	sw	s1,36(sp)
8040487c:	84ae                	mv	s1,a1
8040487e:	804065b7          	lui	a1,0x80406
80404882:	ce4e                	sw	s3,28(sp)
80404884:	cc52                	sw	s4,24(sp)
80404886:	89aa                	mv	s3,a0
80404888:	8a32                	mv	s4,a2
8040488a:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
8040488e:	01c50613          	add	a2,a0,28
80404892:	8526                	mv	a0,s1
80404894:	d422                	sw	s0,40(sp)
80404896:	d606                	sw	ra,44(sp)
80404898:	d04a                	sw	s2,32(sp)
8040489a:	ca56                	sw	s5,20(sp)
8040489c:	8436                	mv	s0,a3
8040489e:	030010ef          	jal	804058ce <xs_read_u32>
804048a2:	0a054d63          	bltz	a0,8040495c <blkfront_connect+0xe4>
804048a6:	000a2583          	lw	a1,0(s4)
804048aa:	4785                	li	a5,1
804048ac:	06f9ac23          	sw	a5,120(s3) # 1078 <_entry-0x803fef88>
804048b0:	0689ae23          	sw	s0,124(s3)
804048b4:	c1dc                	sw	a5,4(a1)
804048b6:	c5dc                	sw	a5,12(a1)
804048b8:	0005a023          	sw	zero,0(a1)
804048bc:	0005a423          	sw	zero,8(a1)
804048c0:	01058793          	add	a5,a1,16
804048c4:	04058713          	add	a4,a1,64
804048c8:	0007a023          	sw	zero,0(a5)
804048cc:	0791                	add	a5,a5,4
804048ce:	fee79de3          	bne	a5,a4,804048c8 <blkfront_connect+0x50>
804048d2:	02000793          	li	a5,32
804048d6:	00f9a623          	sw	a5,12(s3)
804048da:	05000793          	li	a5,80
804048de:	00b9a023          	sw	a1,0(s3)
804048e2:	0009a223          	sw	zero,4(s3)
804048e6:	0009a423          	sw	zero,8(s3)
804048ea:	00f9a823          	sw	a5,16(s3)
804048ee:	008a0413          	add	s0,s4,8
804048f2:	02098913          	add	s2,s3,32
804048f6:	034a0a93          	add	s5,s4,52
804048fa:	401c                	lw	a5,0(s0)
804048fc:	544c                	lw	a1,44(s0)
804048fe:	4601                	li	a2,0
80404900:	00f92023          	sw	a5,0(s2)
80404904:	4501                	li	a0,0
80404906:	2e59                	jal	80404c9c <gnttab_grant_access>
80404908:	0411                	add	s0,s0,4
8040490a:	04054963          	bltz	a0,8040495c <blkfront_connect+0xe4>
8040490e:	02a92623          	sw	a0,44(s2)
80404912:	0911                	add	s2,s2,4
80404914:	ff5413e3          	bne	s0,s5,804048fa <blkfront_connect+0x82>
80404918:	004a2583          	lw	a1,4(s4)
8040491c:	4601                	li	a2,0
8040491e:	4501                	li	a0,0
80404920:	2eb5                	jal	80404c9c <gnttab_grant_access>
80404922:	02054d63          	bltz	a0,8040495c <blkfront_connect+0xe4>
80404926:	00a9ac23          	sw	a0,24(s3)
8040492a:	01498593          	add	a1,s3,20
8040492e:	4501                	li	a0,0
80404930:	2c49                	jal	80404bc2 <evtchn_alloc_unbound>
80404932:	02054563          	bltz	a0,8040495c <blkfront_connect+0xe4>
80404936:	0149a503          	lw	a0,20(s3)
8040493a:	804045b7          	lui	a1,0x80404
8040493e:	864e                	mv	a2,s3
80404940:	62258593          	add	a1,a1,1570 # 80404622 <blkfront_event>
80404944:	223d                	jal	80404a72 <evtchn_bind>
80404946:	e919                	bnez	a0,8040495c <blkfront_connect+0xe4>
80404948:	0189a603          	lw	a2,24(s3)
8040494c:	804075b7          	lui	a1,0x80407
80404950:	a5458593          	add	a1,a1,-1452 # 80406a54 <names.0+0x530>
80404954:	8526                	mv	a0,s1
80404956:	060010ef          	jal	804059b6 <xs_write_u32>
8040495a:	c911                	beqz	a0,8040496e <blkfront_connect+0xf6>
8040495c:	50b2                	lw	ra,44(sp)
8040495e:	5422                	lw	s0,40(sp)
80404960:	5492                	lw	s1,36(sp)
80404962:	5902                	lw	s2,32(sp)
80404964:	49f2                	lw	s3,28(sp)
80404966:	4a62                	lw	s4,24(sp)
80404968:	4ad2                	lw	s5,20(sp)
8040496a:	6145                	add	sp,sp,48
8040496c:	8082                	ret
8040496e:	0149a603          	lw	a2,20(s3)
80404972:	804075b7          	lui	a1,0x80407
80404976:	a6c58593          	add	a1,a1,-1428 # 80406a6c <names.0+0x548>
8040497a:	8526                	mv	a0,s1
8040497c:	03a010ef          	jal	804059b6 <xs_write_u32>
80404980:	fd71                	bnez	a0,8040495c <blkfront_connect+0xe4>
80404982:	804075b7          	lui	a1,0x80407
80404986:	460d                	li	a2,3
80404988:	a8858593          	add	a1,a1,-1400 # 80406a88 <names.0+0x564>
8040498c:	8526                	mv	a0,s1
8040498e:	028010ef          	jal	804059b6 <xs_write_u32>
80404992:	c602                	sw	zero,12(sp)
80404994:	f561                	bnez	a0,8040495c <blkfront_connect+0xe4>
80404996:	804075b7          	lui	a1,0x80407
8040499a:	0070                	add	a2,sp,12
8040499c:	a9c58593          	add	a1,a1,-1380 # 80406a9c <names.0+0x578>
804049a0:	8526                	mv	a0,s1
804049a2:	72d000ef          	jal	804058ce <xs_read_u32>
804049a6:	f95d                	bnez	a0,8040495c <blkfront_connect+0xe4>
804049a8:	4732                	lw	a4,12(sp)
804049aa:	4791                	li	a5,4
804049ac:	faf708e3          	beq	a4,a5,8040495c <blkfront_connect+0xe4>
804049b0:	5529                	li	a0,-22
804049b2:	b76d                	j	8040495c <blkfront_connect+0xe4>

804049b4 <blkfront_read>:
804049b4:	4701                	li	a4,0
804049b6:	ce3ff06f          	j	80404698 <transfer>

804049ba <blkfront_write>:
804049ba:	8736                	mv	a4,a3
804049bc:	4681                	li	a3,0
804049be:	cdbff06f          	j	80404698 <transfer>

804049c2 <blkfront_flush>:
804049c2:	455c                	lw	a5,12(a0)
804049c4:	4154                	lw	a3,4(a0)
804049c6:	4918                	lw	a4,16(a0)
804049c8:	17fd                	add	a5,a5,-1
804049ca:	8ff5                	and	a5,a5,a3
804049cc:	02e787b3          	mul	a5,a5,a4
804049d0:	1101                	add	sp,sp,-32
804049d2:	ca26                	sw	s1,20(sp)
804049d4:	4104                	lw	s1,0(a0)
804049d6:	cc22                	sw	s0,24(sp)
804049d8:	05000613          	li	a2,80
804049dc:	842a                	mv	s0,a0
804049de:	4581                	li	a1,0
804049e0:	ce06                	sw	ra,28(sp)
804049e2:	04078793          	add	a5,a5,64
804049e6:	94be                	add	s1,s1,a5
804049e8:	8526                	mv	a0,s1
804049ea:	b23fd0ef          	jal	8040250c <memset>
804049ee:	5c2c                	lw	a1,120(s0)
804049f0:	00158793          	add	a5,a1,1
804049f4:	dc3c                	sw	a5,120(s0)
804049f6:	478d                	li	a5,3
804049f8:	00f49023          	sh	a5,0(s1)
804049fc:	405c                	lw	a5,4(s0)
804049fe:	4018                	lw	a4,0(s0)
80404a00:	c0cc                	sw	a1,4(s1)
80404a02:	0785                	add	a5,a5,1
80404a04:	c05c                	sw	a5,4(s0)
80404a06:	4318                	lw	a4,0(a4)
80404a08:	0110000f          	fence	w,w
80404a0c:	4014                	lw	a3,0(s0)
80404a0e:	c29c                	sw	a5,0(a3)
80404a10:	0330000f          	fence	rw,rw
80404a14:	4014                	lw	a3,0(s0)
80404a16:	40e78733          	sub	a4,a5,a4
80404a1a:	42d4                	lw	a3,4(a3)
80404a1c:	8f95                	sub	a5,a5,a3
80404a1e:	00e7e963          	bltu	a5,a4,80404a30 <blkfront_flush+0x6e>
80404a22:	8522                	mv	a0,s0
80404a24:	4462                	lw	s0,24(sp)
80404a26:	40f2                	lw	ra,28(sp)
80404a28:	44d2                	lw	s1,20(sp)
80404a2a:	6105                	add	sp,sp,32
80404a2c:	bf9ff06f          	j	80404624 <wait_response>
80404a30:	4848                	lw	a0,20(s0)
80404a32:	c62e                	sw	a1,12(sp)
80404a34:	2289                	jal	80404b76 <evtchn_send>
80404a36:	8522                	mv	a0,s0
80404a38:	4462                	lw	s0,24(sp)
80404a3a:	45b2                	lw	a1,12(sp)
80404a3c:	40f2                	lw	ra,28(sp)
80404a3e:	44d2                	lw	s1,20(sp)
80404a40:	6105                	add	sp,sp,32
80404a42:	be3ff06f          	j	80404624 <wait_response>

80404a46 <evtchn_init>:
80404a46:	80429737          	lui	a4,0x80429
80404a4a:	805037b7          	lui	a5,0x80503
80404a4e:	41c78793          	add	a5,a5,1052 # 8050341c <handlers>
80404a52:	08a72e23          	sw	a0,156(a4) # 8042909c <pv_shared_info>
80404a56:	6709                	lui	a4,0x2
80404a58:	973e                	add	a4,a4,a5
80404a5a:	0007a023          	sw	zero,0(a5)
80404a5e:	0007a223          	sw	zero,4(a5)
80404a62:	07a1                	add	a5,a5,8
80404a64:	fee79be3          	bne	a5,a4,80404a5a <evtchn_init+0x14>
80404a68:	804297b7          	lui	a5,0x80429
80404a6c:	0807ac23          	sw	zero,152(a5) # 80429098 <stray>
80404a70:	8082                	ret

80404a72 <evtchn_bind>:
80404a72:	fff50713          	add	a4,a0,-1
80404a76:	3fe00793          	li	a5,1022
80404a7a:	00e7ec63          	bltu	a5,a4,80404a92 <evtchn_bind+0x20>
80404a7e:	805037b7          	lui	a5,0x80503
80404a82:	050e                	sll	a0,a0,0x3
80404a84:	41c78793          	add	a5,a5,1052 # 8050341c <handlers>
80404a88:	97aa                	add	a5,a5,a0
80404a8a:	c3d0                	sw	a2,4(a5)
80404a8c:	c38c                	sw	a1,0(a5)
80404a8e:	4501                	li	a0,0
80404a90:	8082                	ret
80404a92:	5529                	li	a0,-22
80404a94:	8082                	ret

80404a96 <evtchn_do_upcall>:
80404a96:	7179                	add	sp,sp,-48
80404a98:	804297b7          	lui	a5,0x80429
80404a9c:	c65e                	sw	s7,12(sp)
80404a9e:	09c7ab83          	lw	s7,156(a5) # 8042909c <pv_shared_info>
80404aa2:	cc52                	sw	s4,24(sp)
80404aa4:	80503a37          	lui	s4,0x80503
80404aa8:	c85a                	sw	s6,16(sp)
80404aaa:	c462                	sw	s8,8(sp)
80404aac:	c266                	sw	s9,4(sp)
80404aae:	d606                	sw	ra,44(sp)
80404ab0:	d422                	sw	s0,40(sp)
80404ab2:	d226                	sw	s1,36(sp)
80404ab4:	d04a                	sw	s2,32(sp)
80404ab6:	ce4e                	sw	s3,28(sp)
80404ab8:	ca56                	sw	s5,20(sp)
80404aba:	4c81                	li	s9,0
80404abc:	004b8c13          	add	s8,s7,4
80404ac0:	41ca0a13          	add	s4,s4,1052 # 8050341c <handlers>
80404ac4:	80429b37          	lui	s6,0x80429
80404ac8:	000b8023          	sb	zero,0(s7)
80404acc:	0330000f          	fence	rw,rw
80404ad0:	8ae6                	mv	s5,s9
80404ad2:	0f50000f          	fence	iorw,ow
80404ad6:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80404ada:	4985                	li	s3,1
80404adc:	060a8d63          	beqz	s5,80404b56 <evtchn_do_upcall+0xc0>
80404ae0:	8556                	mv	a0,s5
80404ae2:	773000ef          	jal	80405a54 <__ctzsi2>
80404ae6:	01050413          	add	s0,a0,16
80404aea:	040a                	sll	s0,s0,0x2
80404aec:	08040913          	add	s2,s0,128
80404af0:	fffa8793          	add	a5,s5,-1
80404af4:	00fafab3          	and	s5,s5,a5
80404af8:	945e                	add	s0,s0,s7
80404afa:	995e                	add	s2,s2,s7
80404afc:	00551493          	sll	s1,a0,0x5
80404b00:	401c                	lw	a5,0(s0)
80404b02:	0ff0000f          	fence
80404b06:	00092503          	lw	a0,0(s2)
80404b0a:	fff54513          	not	a0,a0
80404b0e:	8d7d                	and	a0,a0,a5
80404b10:	d571                	beqz	a0,80404adc <evtchn_do_upcall+0x46>
80404b12:	743000ef          	jal	80405a54 <__ctzsi2>
80404b16:	00a997b3          	sll	a5,s3,a0
80404b1a:	fff7c793          	not	a5,a5
80404b1e:	0f50000f          	fence	iorw,ow
80404b22:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80404b26:	9526                	add	a0,a0,s1
80404b28:	00351793          	sll	a5,a0,0x3
80404b2c:	97d2                	add	a5,a5,s4
80404b2e:	4398                	lw	a4,0(a5)
80404b30:	cf09                	beqz	a4,80404b4a <evtchn_do_upcall+0xb4>
80404b32:	43cc                	lw	a1,4(a5)
80404b34:	9702                	jalr	a4
80404b36:	401c                	lw	a5,0(s0)
80404b38:	0ff0000f          	fence
80404b3c:	00092503          	lw	a0,0(s2)
80404b40:	fff54513          	not	a0,a0
80404b44:	8d7d                	and	a0,a0,a5
80404b46:	f571                	bnez	a0,80404b12 <evtchn_do_upcall+0x7c>
80404b48:	bf51                	j	80404adc <evtchn_do_upcall+0x46>
80404b4a:	098b2783          	lw	a5,152(s6) # 80429098 <stray>
80404b4e:	0785                	add	a5,a5,1
80404b50:	08fb2c23          	sw	a5,152(s6)
80404b54:	b775                	j	80404b00 <evtchn_do_upcall+0x6a>
80404b56:	000bc783          	lbu	a5,0(s7)
80404b5a:	f7bd                	bnez	a5,80404ac8 <evtchn_do_upcall+0x32>
80404b5c:	50b2                	lw	ra,44(sp)
80404b5e:	5422                	lw	s0,40(sp)
80404b60:	5492                	lw	s1,36(sp)
80404b62:	5902                	lw	s2,32(sp)
80404b64:	49f2                	lw	s3,28(sp)
80404b66:	4a62                	lw	s4,24(sp)
80404b68:	4ad2                	lw	s5,20(sp)
80404b6a:	4b42                	lw	s6,16(sp)
80404b6c:	4bb2                	lw	s7,12(sp)
80404b6e:	4c22                	lw	s8,8(sp)
80404b70:	4c92                	lw	s9,4(sp)
80404b72:	6145                	add	sp,sp,48
80404b74:	8082                	ret

80404b76 <evtchn_send>:
80404b76:	1141                	add	sp,sp,-16
80404b78:	c62a                	sw	a0,12(sp)
80404b7a:	006c                	add	a1,sp,12
80404b7c:	4511                	li	a0,4
80404b7e:	02000893          	li	a7,32
80404b82:	00000073          	ecall
80404b86:	0141                	add	sp,sp,16
80404b88:	8082                	ret

80404b8a <evtchn_bind_virq>:
80404b8a:	1141                	add	sp,sp,-16
80404b8c:	86ae                	mv	a3,a1
80404b8e:	c22a                	sw	a0,4(sp)
80404b90:	c402                	sw	zero,8(sp)
80404b92:	c602                	sw	zero,12(sp)
80404b94:	4505                	li	a0,1
80404b96:	004c                	add	a1,sp,4
80404b98:	02000893          	li	a7,32
80404b9c:	00000073          	ecall
80404ba0:	00054b63          	bltz	a0,80404bb6 <evtchn_bind_virq+0x2c>
80404ba4:	4732                	lw	a4,12(sp)
80404ba6:	cb11                	beqz	a4,80404bba <evtchn_bind_virq+0x30>
80404ba8:	c298                	sw	a4,0(a3)
80404baa:	3fe00793          	li	a5,1022
80404bae:	177d                	add	a4,a4,-1 # 1fff <_entry-0x803fe001>
80404bb0:	00e7e763          	bltu	a5,a4,80404bbe <evtchn_bind_virq+0x34>
80404bb4:	4501                	li	a0,0
80404bb6:	0141                	add	sp,sp,16
80404bb8:	8082                	ret
80404bba:	872a                	mv	a4,a0
80404bbc:	b7f5                	j	80404ba8 <evtchn_bind_virq+0x1e>
80404bbe:	5529                	li	a0,-22
80404bc0:	bfdd                	j	80404bb6 <evtchn_bind_virq+0x2c>

80404bc2 <evtchn_alloc_unbound>:
80404bc2:	77e1                	lui	a5,0xffff8
80404bc4:	1141                	add	sp,sp,-16
80404bc6:	ff07c793          	xor	a5,a5,-16
80404bca:	86ae                	mv	a3,a1
80404bcc:	00a11523          	sh	a0,10(sp)
80404bd0:	00f11423          	sh	a5,8(sp)
80404bd4:	c602                	sw	zero,12(sp)
80404bd6:	4519                	li	a0,6
80404bd8:	002c                	add	a1,sp,8
80404bda:	02000893          	li	a7,32
80404bde:	00000073          	ecall
80404be2:	00054b63          	bltz	a0,80404bf8 <evtchn_alloc_unbound+0x36>
80404be6:	4732                	lw	a4,12(sp)
80404be8:	cb11                	beqz	a4,80404bfc <evtchn_alloc_unbound+0x3a>
80404bea:	c298                	sw	a4,0(a3)
80404bec:	3fe00793          	li	a5,1022
80404bf0:	177d                	add	a4,a4,-1
80404bf2:	00e7e763          	bltu	a5,a4,80404c00 <evtchn_alloc_unbound+0x3e>
80404bf6:	4501                	li	a0,0
80404bf8:	0141                	add	sp,sp,16
80404bfa:	8082                	ret
80404bfc:	872a                	mv	a4,a0
80404bfe:	b7f5                	j	80404bea <evtchn_alloc_unbound+0x28>
80404c00:	5529                	li	a0,-22
80404c02:	bfdd                	j	80404bf8 <evtchn_alloc_unbound+0x36>

80404c04 <pv_block>:
80404c04:	4505                	li	a0,1
80404c06:	4581                	li	a1,0
80404c08:	48f5                	li	a7,29
80404c0a:	00000073          	ecall
80404c0e:	804297b7          	lui	a5,0x80429
80404c12:	09c7a783          	lw	a5,156(a5) # 8042909c <pv_shared_info>
80404c16:	4705                	li	a4,1
80404c18:	00e780a3          	sb	a4,1(a5)
80404c1c:	8082                	ret

80404c1e <gnttab_setup_frame>:
80404c1e:	77e1                	lui	a5,0xffff8
80404c20:	1141                	add	sp,sp,-16
80404c22:	ff07c793          	xor	a5,a5,-16
80404c26:	00f11023          	sh	a5,0(sp)
80404c2a:	4785                	li	a5,1
80404c2c:	872a                	mv	a4,a0
80404c2e:	00011123          	sh	zero,2(sp)
80404c32:	00011423          	sh	zero,8(sp)
80404c36:	00011523          	sh	zero,10(sp)
80404c3a:	00011623          	sh	zero,12(sp)
80404c3e:	00011723          	sh	zero,14(sp)
80404c42:	c23e                	sw	a5,4(sp)
80404c44:	4509                	li	a0,2
80404c46:	858a                	mv	a1,sp
80404c48:	4605                	li	a2,1
80404c4a:	48d1                	li	a7,20
80404c4c:	00000073          	ecall
80404c50:	00054863          	bltz	a0,80404c60 <gnttab_setup_frame+0x42>
80404c54:	00811783          	lh	a5,8(sp)
80404c58:	e791                	bnez	a5,80404c64 <gnttab_setup_frame+0x46>
80404c5a:	47b2                	lw	a5,12(sp)
80404c5c:	4501                	li	a0,0
80404c5e:	c31c                	sw	a5,0(a4)
80404c60:	0141                	add	sp,sp,16
80404c62:	8082                	ret
80404c64:	853e                	mv	a0,a5
80404c66:	0007c363          	bltz	a5,80404c6c <gnttab_setup_frame+0x4e>
80404c6a:	557d                	li	a0,-1
80404c6c:	0542                	sll	a0,a0,0x10
80404c6e:	8541                	sra	a0,a0,0x10
80404c70:	0141                	add	sp,sp,16
80404c72:	8082                	ret

80404c74 <gnttab_init>:
80404c74:	805057b7          	lui	a5,0x80505
80404c78:	41c78693          	add	a3,a5,1052 # 8050541c <in_use>
80404c7c:	80429737          	lui	a4,0x80429
80404c80:	0aa72023          	sw	a0,160(a4) # 804290a0 <table>
80404c84:	41c78793          	add	a5,a5,1052
80404c88:	04068713          	add	a4,a3,64
80404c8c:	0007a023          	sw	zero,0(a5)
80404c90:	0791                	add	a5,a5,4
80404c92:	fee79de3          	bne	a5,a4,80404c8c <gnttab_init+0x18>
80404c96:	4785                	li	a5,1
80404c98:	c29c                	sw	a5,0(a3)
80404c9a:	8082                	ret

80404c9c <gnttab_grant_access>:
80404c9c:	805057b7          	lui	a5,0x80505
80404ca0:	41c78793          	add	a5,a5,1052 # 8050541c <in_use>
80404ca4:	4394                	lw	a3,0(a5)
80404ca6:	872a                	mv	a4,a0
80404ca8:	4505                	li	a0,1
80404caa:	0026f813          	and	a6,a3,2
80404cae:	02081f63          	bnez	a6,80404cec <gnttab_grant_access+0x50>
80404cb2:	4e21                	li	t3,8
80404cb4:	4309                	li	t1,2
80404cb6:	4881                	li	a7,0
80404cb8:	80429837          	lui	a6,0x80429
80404cbc:	0a082803          	lw	a6,160(a6) # 804290a0 <table>
80404cc0:	0066e6b3          	or	a3,a3,t1
80404cc4:	97c6                	add	a5,a5,a7
80404cc6:	0742                	sll	a4,a4,0x10
80404cc8:	c394                	sw	a3,0(a5)
80404cca:	8341                	srl	a4,a4,0x10
80404ccc:	01c806b3          	add	a3,a6,t3
80404cd0:	00e69123          	sh	a4,2(a3)
80404cd4:	c2cc                	sw	a1,4(a3)
80404cd6:	0110000f          	fence	w,w
80404cda:	00163613          	seqz	a2,a2
80404cde:	40c007b3          	neg	a5,a2
80404ce2:	9bf1                	and	a5,a5,-4
80404ce4:	0795                	add	a5,a5,5
80404ce6:	00f69023          	sh	a5,0(a3)
80404cea:	8082                	ret
80404cec:	20000e93          	li	t4,512
80404cf0:	4e05                	li	t3,1
80404cf2:	0505                	add	a0,a0,1
80404cf4:	00555813          	srl	a6,a0,0x5
80404cf8:	00281893          	sll	a7,a6,0x2
80404cfc:	011786b3          	add	a3,a5,a7
80404d00:	00ae1333          	sll	t1,t3,a0
80404d04:	01d50a63          	beq	a0,t4,80404d18 <gnttab_grant_access+0x7c>
80404d08:	4294                	lw	a3,0(a3)
80404d0a:	0066f833          	and	a6,a3,t1
80404d0e:	fe0812e3          	bnez	a6,80404cf2 <gnttab_grant_access+0x56>
80404d12:	00351e13          	sll	t3,a0,0x3
80404d16:	b74d                	j	80404cb8 <gnttab_grant_access+0x1c>
80404d18:	5511                	li	a0,-28
80404d1a:	8082                	ret

80404d1c <tx_gc>:
80404d1c:	411c                	lw	a5,0(a0)
80404d1e:	0087a803          	lw	a6,8(a5)
80404d22:	0220000f          	fence	r,r
80404d26:	4518                	lw	a4,8(a0)
80404d28:	415c                	lw	a5,4(a0)
80404d2a:	40e806b3          	sub	a3,a6,a4
80404d2e:	8f99                	sub	a5,a5,a4
80404d30:	08d7e563          	bltu	a5,a3,80404dba <tx_gc+0x9e>
80404d34:	09070663          	beq	a4,a6,80404dc0 <tx_gc+0xa4>
80404d38:	00c52883          	lw	a7,12(a0)
80404d3c:	00052e83          	lw	t4,0(a0)
80404d40:	01052e03          	lw	t3,16(a0)
80404d44:	18fd                	add	a7,a7,-1
80404d46:	433d                	li	t1,15
80404d48:	a815                	j	80404d7c <tx_gc+0x60>
80404d4a:	0ac5c683          	lbu	a3,172(a1)
80404d4e:	cab9                	beqz	a3,80404da4 <tx_gc+0x88>
80404d50:	0a058623          	sb	zero,172(a1)
80404d54:	0a852583          	lw	a1,168(a0)
80404d58:	04058693          	add	a3,a1,64
80404d5c:	0686                	sll	a3,a3,0x1
80404d5e:	0585                	add	a1,a1,1
80404d60:	0ab52423          	sw	a1,168(a0)
80404d64:	96aa                	add	a3,a3,a0
80404d66:	00c69423          	sh	a2,8(a3)
80404d6a:	c791                	beqz	a5,80404d76 <tx_gc+0x5a>
80404d6c:	1ec52783          	lw	a5,492(a0)
80404d70:	0785                	add	a5,a5,1
80404d72:	1ef52623          	sw	a5,492(a0)
80404d76:	0705                	add	a4,a4,1
80404d78:	02e80e63          	beq	a6,a4,80404db4 <tx_gc+0x98>
80404d7c:	00e8f7b3          	and	a5,a7,a4
80404d80:	03c787b3          	mul	a5,a5,t3
80404d84:	04078793          	add	a5,a5,64
80404d88:	97f6                	add	a5,a5,t4
80404d8a:	0007d683          	lhu	a3,0(a5)
80404d8e:	0027d783          	lhu	a5,2(a5)
80404d92:	01069613          	sll	a2,a3,0x10
80404d96:	8241                	srl	a2,a2,0x10
80404d98:	07c2                	sll	a5,a5,0x10
80404d9a:	00c505b3          	add	a1,a0,a2
80404d9e:	87c1                	sra	a5,a5,0x10
80404da0:	fad375e3          	bgeu	t1,a3,80404d4a <tx_gc+0x2e>
80404da4:	1fc52783          	lw	a5,508(a0)
80404da8:	0705                	add	a4,a4,1
80404daa:	0785                	add	a5,a5,1
80404dac:	1ef52e23          	sw	a5,508(a0)
80404db0:	fce816e3          	bne	a6,a4,80404d7c <tx_gc+0x60>
80404db4:	01052423          	sw	a6,8(a0)
80404db8:	8082                	ret
80404dba:	4785                	li	a5,1
80404dbc:	c13c                	sw	a5,64(a0)
80404dbe:	8082                	ret
80404dc0:	8082                	ret

80404dc2 <netfront_poll.part.0>:
80404dc2:	7179                	add	sp,sp,-48
80404dc4:	d422                	sw	s0,40(sp)
80404dc6:	d226                	sw	s1,36(sp)
80404dc8:	cc52                	sw	s4,24(sp)
80404dca:	ca56                	sw	s5,20(sp)
80404dcc:	c85a                	sw	s6,16(sp)
80404dce:	d606                	sw	ra,44(sp)
80404dd0:	d04a                	sw	s2,32(sp)
80404dd2:	ce4e                	sw	s3,28(sp)
80404dd4:	c65e                	sw	s7,12(sp)
80404dd6:	4785                	li	a5,1
80404dd8:	c17c                	sw	a5,68(a0)
80404dda:	842a                	mv	s0,a0
80404ddc:	4a85                	li	s5,1
80404dde:	f3fff0ef          	jal	80404d1c <tx_gc>
80404de2:	4a7d                	li	s4,31
80404de4:	5e900b13          	li	s6,1513
80404de8:	6485                	lui	s1,0x1
80404dea:	485c                	lw	a5,20(s0)
80404dec:	0087a983          	lw	s3,8(a5)
80404df0:	0220000f          	fence	r,r
80404df4:	4c54                	lw	a3,28(s0)
80404df6:	4c1c                	lw	a5,24(s0)
80404df8:	01442803          	lw	a6,20(s0)
80404dfc:	40d98633          	sub	a2,s3,a3
80404e00:	40d78733          	sub	a4,a5,a3
80404e04:	14c76363          	bltu	a4,a2,80404f4a <netfront_poll.part.0+0x188>
80404e08:	0cd98163          	beq	s3,a3,80404eca <netfront_poll.part.0+0x108>
80404e0c:	5018                	lw	a4,32(s0)
80404e0e:	02442883          	lw	a7,36(s0)
80404e12:	177d                	add	a4,a4,-1
80404e14:	00d777b3          	and	a5,a4,a3
80404e18:	031787b3          	mul	a5,a5,a7
80404e1c:	0685                	add	a3,a3,1
80404e1e:	04078793          	add	a5,a5,64
80404e22:	97c2                	add	a5,a5,a6
80404e24:	0007d503          	lhu	a0,0(a5)
80404e28:	0027d583          	lhu	a1,2(a5)
80404e2c:	0067d603          	lhu	a2,6(a5)
80404e30:	01051913          	sll	s2,a0,0x10
80404e34:	01095913          	srl	s2,s2,0x10
80404e38:	0642                	sll	a2,a2,0x10
80404e3a:	8641                	sra	a2,a2,0x10
80404e3c:	fff60793          	add	a5,a2,-1
80404e40:	07c2                	sll	a5,a5,0x10
80404e42:	05c2                	sll	a1,a1,0x10
80404e44:	cc54                	sw	a3,28(s0)
80404e46:	01240bb3          	add	s7,s0,s2
80404e4a:	83c1                	srl	a5,a5,0x10
80404e4c:	81c1                	srl	a1,a1,0x10
80404e4e:	0caa6363          	bltu	s4,a0,80404f14 <netfront_poll.part.0+0x152>
80404e52:	1bcbc503          	lbu	a0,444(s7)
80404e56:	cd5d                	beqz	a0,80404f14 <netfront_poll.part.0+0x152>
80404e58:	1a0b8e23          	sb	zero,444(s7)
80404e5c:	00c58533          	add	a0,a1,a2
80404e60:	0cfb6263          	bltu	s6,a5,80404f24 <netfront_poll.part.0+0x162>
80404e64:	02c90793          	add	a5,s2,44
80404e68:	078a                	sll	a5,a5,0x2
80404e6a:	97a2                	add	a5,a5,s0
80404e6c:	0aa4ec63          	bltu	s1,a0,80404f24 <netfront_poll.part.0+0x162>
80404e70:	1f442703          	lw	a4,500(s0)
80404e74:	00c7a803          	lw	a6,12(a5)
80404e78:	1dc42683          	lw	a3,476(s0)
80404e7c:	1e042503          	lw	a0,480(s0)
80404e80:	00170793          	add	a5,a4,1
80404e84:	95c2                	add	a1,a1,a6
80404e86:	1ef42a23          	sw	a5,500(s0)
80404e8a:	9682                	jalr	a3
80404e8c:	5018                	lw	a4,32(s0)
80404e8e:	01442803          	lw	a6,20(s0)
80404e92:	02442883          	lw	a7,36(s0)
80404e96:	4c54                	lw	a3,28(s0)
80404e98:	177d                	add	a4,a4,-1
80404e9a:	4c10                	lw	a2,24(s0)
80404e9c:	04c90793          	add	a5,s2,76
80404ea0:	078a                	sll	a5,a5,0x2
80404ea2:	8f71                	and	a4,a4,a2
80404ea4:	03170733          	mul	a4,a4,a7
80404ea8:	97a2                	add	a5,a5,s0
80404eaa:	47dc                	lw	a5,12(a5)
80404eac:	0605                	add	a2,a2,1
80404eae:	04070713          	add	a4,a4,64
80404eb2:	9742                	add	a4,a4,a6
80404eb4:	01271023          	sh	s2,0(a4)
80404eb8:	00071123          	sh	zero,2(a4)
80404ebc:	c35c                	sw	a5,4(a4)
80404ebe:	1b5b8e23          	sb	s5,444(s7)
80404ec2:	cc10                	sw	a2,24(s0)
80404ec4:	f4d994e3          	bne	s3,a3,80404e0c <netfront_poll.part.0+0x4a>
80404ec8:	4c1c                	lw	a5,24(s0)
80404eca:	00082703          	lw	a4,0(a6)
80404ece:	0110000f          	fence	w,w
80404ed2:	4854                	lw	a3,20(s0)
80404ed4:	c29c                	sw	a5,0(a3)
80404ed6:	0330000f          	fence	rw,rw
80404eda:	4854                	lw	a3,20(s0)
80404edc:	40e78733          	sub	a4,a5,a4
80404ee0:	42d0                	lw	a2,4(a3)
80404ee2:	8f91                	sub	a5,a5,a2
80404ee4:	06e7e663          	bltu	a5,a4,80404f50 <netfront_poll.part.0+0x18e>
80404ee8:	469c                	lw	a5,8(a3)
80404eea:	0220000f          	fence	r,r
80404eee:	4c58                	lw	a4,28(s0)
80404ef0:	04e78063          	beq	a5,a4,80404f30 <netfront_poll.part.0+0x16e>
80404ef4:	403c                	lw	a5,64(s0)
80404ef6:	ee078ae3          	beqz	a5,80404dea <netfront_poll.part.0+0x28>
80404efa:	50b2                	lw	ra,44(sp)
80404efc:	04042223          	sw	zero,68(s0)
80404f00:	5422                	lw	s0,40(sp)
80404f02:	5492                	lw	s1,36(sp)
80404f04:	5902                	lw	s2,32(sp)
80404f06:	49f2                	lw	s3,28(sp)
80404f08:	4a62                	lw	s4,24(sp)
80404f0a:	4ad2                	lw	s5,20(sp)
80404f0c:	4b42                	lw	s6,16(sp)
80404f0e:	4bb2                	lw	s7,12(sp)
80404f10:	6145                	add	sp,sp,48
80404f12:	8082                	ret
80404f14:	1fc42783          	lw	a5,508(s0)
80404f18:	0785                	add	a5,a5,1
80404f1a:	1ef42e23          	sw	a5,508(s0)
80404f1e:	eed997e3          	bne	s3,a3,80404e0c <netfront_poll.part.0+0x4a>
80404f22:	b75d                	j	80404ec8 <netfront_poll.part.0+0x106>
80404f24:	1f842783          	lw	a5,504(s0)
80404f28:	0785                	add	a5,a5,1
80404f2a:	1ef42c23          	sw	a5,504(s0)
80404f2e:	b7b5                	j	80404e9a <netfront_poll.part.0+0xd8>
80404f30:	4858                	lw	a4,20(s0)
80404f32:	0785                	add	a5,a5,1
80404f34:	c75c                	sw	a5,12(a4)
80404f36:	0330000f          	fence	rw,rw
80404f3a:	485c                	lw	a5,20(s0)
80404f3c:	4798                	lw	a4,8(a5)
80404f3e:	0220000f          	fence	r,r
80404f42:	4c5c                	lw	a5,28(s0)
80404f44:	faf718e3          	bne	a4,a5,80404ef4 <netfront_poll.part.0+0x132>
80404f48:	bf4d                	j	80404efa <netfront_poll.part.0+0x138>
80404f4a:	05542023          	sw	s5,64(s0)
80404f4e:	bfb5                	j	80404eca <netfront_poll.part.0+0x108>
80404f50:	5408                	lw	a0,40(s0)
80404f52:	c25ff0ef          	jal	80404b76 <evtchn_send>
80404f56:	4854                	lw	a3,20(s0)
80404f58:	bf41                	j	80404ee8 <netfront_poll.part.0+0x126>

80404f5a <netfront_event>:
80404f5a:	5ddc                	lw	a5,60(a1)
80404f5c:	cb81                	beqz	a5,80404f6c <netfront_event+0x12>
80404f5e:	41bc                	lw	a5,64(a1)
80404f60:	e791                	bnez	a5,80404f6c <netfront_event+0x12>
80404f62:	41fc                	lw	a5,68(a1)
80404f64:	e781                	bnez	a5,80404f6c <netfront_event+0x12>
80404f66:	852e                	mv	a0,a1
80404f68:	e5bff06f          	j	80404dc2 <netfront_poll.part.0>
80404f6c:	8082                	ret

80404f6e <netfront_probe>:
80404f6e:	7179                	add	sp,sp,-48
80404f70:	d422                	sw	s0,40(sp)
80404f72:	842e                	mv	s0,a1
80404f74:	804075b7          	lui	a1,0x80407
80404f78:	02000693          	li	a3,32
80404f7c:	860a                	mv	a2,sp
80404f7e:	96458593          	add	a1,a1,-1692 # 80406964 <names.0+0x440>
80404f82:	d606                	sw	ra,44(sp)
80404f84:	141000ef          	jal	804058c4 <xs_read>
80404f88:	08054b63          	bltz	a0,8040501e <netfront_probe+0xb0>
80404f8c:	47c5                	li	a5,17
80404f8e:	0af51263          	bne	a0,a5,80405032 <netfront_probe+0xc4>
80404f92:	870a                	mv	a4,sp
80404f94:	88a2                	mv	a7,s0
80404f96:	00f10593          	add	a1,sp,15
80404f9a:	4325                	li	t1,9
80404f9c:	4815                	li	a6,5
80404f9e:	03a00f13          	li	t5,58
80404fa2:	00074603          	lbu	a2,0(a4)
80404fa6:	00174503          	lbu	a0,1(a4)
80404faa:	fd060793          	add	a5,a2,-48
80404fae:	fd050693          	add	a3,a0,-48
80404fb2:	0ff7fe13          	zext.b	t3,a5
80404fb6:	0ff6fe93          	zext.b	t4,a3
80404fba:	03c37063          	bgeu	t1,t3,80404fda <netfront_probe+0x6c>
80404fbe:	f9f60793          	add	a5,a2,-97
80404fc2:	0ff7f793          	zext.b	a5,a5
80404fc6:	06f87063          	bgeu	a6,a5,80405026 <netfront_probe+0xb8>
80404fca:	fbf60793          	add	a5,a2,-65
80404fce:	0ff7f793          	zext.b	a5,a5
80404fd2:	06f86063          	bltu	a6,a5,80405032 <netfront_probe+0xc4>
80404fd6:	fc960793          	add	a5,a2,-55
80404fda:	03d37063          	bgeu	t1,t4,80404ffa <netfront_probe+0x8c>
80404fde:	f9f50693          	add	a3,a0,-97
80404fe2:	0ff6f693          	zext.b	a3,a3
80404fe6:	04d87363          	bgeu	a6,a3,8040502c <netfront_probe+0xbe>
80404fea:	fbf50693          	add	a3,a0,-65
80404fee:	0ff6f693          	zext.b	a3,a3
80404ff2:	04d86063          	bltu	a6,a3,80405032 <netfront_probe+0xc4>
80404ff6:	fc950693          	add	a3,a0,-55
80404ffa:	00b70d63          	beq	a4,a1,80405014 <netfront_probe+0xa6>
80404ffe:	00274603          	lbu	a2,2(a4)
80405002:	070d                	add	a4,a4,3
80405004:	03e61763          	bne	a2,t5,80405032 <netfront_probe+0xc4>
80405008:	0792                	sll	a5,a5,0x4
8040500a:	8fd5                	or	a5,a5,a3
8040500c:	00f88023          	sb	a5,0(a7)
80405010:	0885                	add	a7,a7,1
80405012:	bf41                	j	80404fa2 <netfront_probe+0x34>
80405014:	0792                	sll	a5,a5,0x4
80405016:	8fd5                	or	a5,a5,a3
80405018:	00f402a3          	sb	a5,5(s0)
8040501c:	4501                	li	a0,0
8040501e:	50b2                	lw	ra,44(sp)
80405020:	5422                	lw	s0,40(sp)
80405022:	6145                	add	sp,sp,48
80405024:	8082                	ret
80405026:	fa960793          	add	a5,a2,-87
8040502a:	bf45                	j	80404fda <netfront_probe+0x6c>
8040502c:	fa950693          	add	a3,a0,-87
80405030:	b7e9                	j	80404ffa <netfront_probe+0x8c>
80405032:	50b2                	lw	ra,44(sp)
80405034:	5422                	lw	s0,40(sp)
80405036:	5529                	li	a0,-22
80405038:	6145                	add	sp,sp,48
8040503a:	8082                	ret

8040503c <netfront_poll>:
8040503c:	5d58                	lw	a4,60(a0)
8040503e:	c719                	beqz	a4,8040504c <netfront_poll+0x10>
80405040:	4138                	lw	a4,64(a0)
80405042:	e709                	bnez	a4,8040504c <netfront_poll+0x10>
80405044:	417c                	lw	a5,68(a0)
80405046:	e399                	bnez	a5,8040504c <netfront_poll+0x10>
80405048:	d7bff06f          	j	80404dc2 <netfront_poll.part.0>
8040504c:	8082                	ret

8040504e <netfront_send>:
8040504e:	1101                	add	sp,sp,-32
80405050:	ce06                	sw	ra,28(sp)
80405052:	cc22                	sw	s0,24(sp)
80405054:	ca26                	sw	s1,20(sp)
80405056:	c84a                	sw	s2,16(sp)
80405058:	c64e                	sw	s3,12(sp)
8040505a:	c452                	sw	s4,8(sp)
8040505c:	c256                	sw	s5,4(sp)
8040505e:	c05a                	sw	s6,0(sp)
80405060:	ff260713          	add	a4,a2,-14
80405064:	5dc00793          	li	a5,1500
80405068:	12e7e263          	bltu	a5,a4,8040518c <netfront_send+0x13e>
8040506c:	5d5c                	lw	a5,60(a0)
8040506e:	842a                	mv	s0,a0
80405070:	10078863          	beqz	a5,80405180 <netfront_send+0x132>
80405074:	04052903          	lw	s2,64(a0)
80405078:	10091463          	bnez	s2,80405180 <netfront_send+0x132>
8040507c:	84b2                	mv	s1,a2
8040507e:	89ae                	mv	s3,a1
80405080:	c9dff0ef          	jal	80404d1c <tx_gc>
80405084:	0a842783          	lw	a5,168(s0)
80405088:	c3dd                	beqz	a5,8040512e <netfront_send+0xe0>
8040508a:	03f78713          	add	a4,a5,63
8040508e:	0706                	sll	a4,a4,0x1
80405090:	9722                	add	a4,a4,s0
80405092:	00875a83          	lhu	s5,8(a4)
80405096:	17fd                	add	a5,a5,-1
80405098:	0af42423          	sw	a5,168(s0)
8040509c:	001ada13          	srl	s4,s5,0x1
804050a0:	015407b3          	add	a5,s0,s5
804050a4:	4705                	li	a4,1
804050a6:	0a0a                	sll	s4,s4,0x2
804050a8:	0ae78623          	sb	a4,172(a5)
804050ac:	9a22                	add	s4,s4,s0
804050ae:	048a2503          	lw	a0,72(s4)
804050b2:	001afb13          	and	s6,s5,1
804050b6:	0b2e                	sll	s6,s6,0xb
804050b8:	8626                	mv	a2,s1
804050ba:	85ce                	mv	a1,s3
804050bc:	955a                	add	a0,a0,s6
804050be:	c90fd0ef          	jal	8040254e <memcpy>
804050c2:	445c                	lw	a5,12(s0)
804050c4:	4058                	lw	a4,4(s0)
804050c6:	4814                	lw	a3,16(s0)
804050c8:	17fd                	add	a5,a5,-1
804050ca:	8ff9                	and	a5,a5,a4
804050cc:	02d787b3          	mul	a5,a5,a3
804050d0:	4014                	lw	a3,0(s0)
804050d2:	068a2603          	lw	a2,104(s4)
804050d6:	0705                	add	a4,a4,1
804050d8:	04078793          	add	a5,a5,64
804050dc:	97b6                	add	a5,a5,a3
804050de:	c390                	sw	a2,0(a5)
804050e0:	01679223          	sh	s6,4(a5)
804050e4:	00079323          	sh	zero,6(a5)
804050e8:	01579423          	sh	s5,8(a5)
804050ec:	00979523          	sh	s1,10(a5)
804050f0:	c058                	sw	a4,4(s0)
804050f2:	429c                	lw	a5,0(a3)
804050f4:	0110000f          	fence	w,w
804050f8:	4014                	lw	a3,0(s0)
804050fa:	c298                	sw	a4,0(a3)
804050fc:	0330000f          	fence	rw,rw
80405100:	4014                	lw	a3,0(s0)
80405102:	40f707b3          	sub	a5,a4,a5
80405106:	42d4                	lw	a3,4(a3)
80405108:	8f15                	sub	a4,a4,a3
8040510a:	06f76d63          	bltu	a4,a5,80405184 <netfront_send+0x136>
8040510e:	1e842783          	lw	a5,488(s0)
80405112:	0785                	add	a5,a5,1
80405114:	1ef42423          	sw	a5,488(s0)
80405118:	40f2                	lw	ra,28(sp)
8040511a:	4462                	lw	s0,24(sp)
8040511c:	44d2                	lw	s1,20(sp)
8040511e:	49b2                	lw	s3,12(sp)
80405120:	4a22                	lw	s4,8(sp)
80405122:	4a92                	lw	s5,4(sp)
80405124:	4b02                	lw	s6,0(sp)
80405126:	854a                	mv	a0,s2
80405128:	4942                	lw	s2,16(sp)
8040512a:	6105                	add	sp,sp,32
8040512c:	8082                	ret
8040512e:	1f042703          	lw	a4,496(s0)
80405132:	0705                	add	a4,a4,1
80405134:	1ee42823          	sw	a4,496(s0)
80405138:	fba9                	bnez	a5,8040508a <netfront_send+0x3c>
8040513a:	401c                	lw	a5,0(s0)
8040513c:	4798                	lw	a4,8(a5)
8040513e:	0220000f          	fence	r,r
80405142:	441c                	lw	a5,8(s0)
80405144:	00e78a63          	beq	a5,a4,80405158 <netfront_send+0x10a>
80405148:	8522                	mv	a0,s0
8040514a:	bd3ff0ef          	jal	80404d1c <tx_gc>
8040514e:	403c                	lw	a5,64(s0)
80405150:	eb85                	bnez	a5,80405180 <netfront_send+0x132>
80405152:	0a842783          	lw	a5,168(s0)
80405156:	b7cd                	j	80405138 <netfront_send+0xea>
80405158:	4018                	lw	a4,0(s0)
8040515a:	0785                	add	a5,a5,1
8040515c:	c75c                	sw	a5,12(a4)
8040515e:	0330000f          	fence	rw,rw
80405162:	401c                	lw	a5,0(s0)
80405164:	479c                	lw	a5,8(a5)
80405166:	0220000f          	fence	r,r
8040516a:	4418                	lw	a4,8(s0)
8040516c:	fcf71ee3          	bne	a4,a5,80405148 <netfront_send+0xfa>
80405170:	1e442783          	lw	a5,484(s0)
80405174:	9782                	jalr	a5
80405176:	8522                	mv	a0,s0
80405178:	ba5ff0ef          	jal	80404d1c <tx_gc>
8040517c:	403c                	lw	a5,64(s0)
8040517e:	dbf1                	beqz	a5,80405152 <netfront_send+0x104>
80405180:	5979                	li	s2,-2
80405182:	bf59                	j	80405118 <netfront_send+0xca>
80405184:	5408                	lw	a0,40(s0)
80405186:	9f1ff0ef          	jal	80404b76 <evtchn_send>
8040518a:	b751                	j	8040510e <netfront_send+0xc0>
8040518c:	5929                	li	s2,-22
8040518e:	b769                	j	80405118 <netfront_send+0xca>

80405190 <netfront_connect>:
80405190:	7139                	add	sp,sp,-64
80405192:	d84a                	sw	s2,48(sp)
80405194:	d452                	sw	s4,40(sp)
80405196:	892e                	mv	s2,a1
80405198:	8a32                	mv	s4,a2
8040519a:	4581                	li	a1,0
8040519c:	20000613          	li	a2,512
804051a0:	de06                	sw	ra,60(sp)
804051a2:	dc22                	sw	s0,56(sp)
804051a4:	da26                	sw	s1,52(sp)
804051a6:	d64e                	sw	s3,44(sp)
804051a8:	d256                	sw	s5,36(sp)
804051aa:	d05a                	sw	s6,32(sp)
804051ac:	84aa                	mv	s1,a0
804051ae:	8b36                	mv	s6,a3
804051b0:	8aba                	mv	s5,a4
804051b2:	89be                	mv	s3,a5
804051b4:	ce5e                	sw	s7,28(sp)
804051b6:	b56fd0ef          	jal	8040250c <memset>
804051ba:	03448593          	add	a1,s1,52 # 1034 <_entry-0x803fefcc>
804051be:	854a                	mv	a0,s2
804051c0:	dafff0ef          	jal	80404f6e <netfront_probe>
804051c4:	842a                	mv	s0,a0
804051c6:	10054a63          	bltz	a0,804052da <netfront_connect+0x14a>
804051ca:	000a2603          	lw	a2,0(s4)
804051ce:	4705                	li	a4,1
804051d0:	1f34a223          	sw	s3,484(s1)
804051d4:	1d64ae23          	sw	s6,476(s1)
804051d8:	1f54a023          	sw	s5,480(s1)
804051dc:	008a2983          	lw	s3,8(s4)
804051e0:	01060793          	add	a5,a2,16
804051e4:	c258                	sw	a4,4(a2)
804051e6:	c658                	sw	a4,12(a2)
804051e8:	00062023          	sw	zero,0(a2)
804051ec:	00062423          	sw	zero,8(a2)
804051f0:	04060713          	add	a4,a2,64
804051f4:	0007a023          	sw	zero,0(a5)
804051f8:	0791                	add	a5,a5,4
804051fa:	fee79de3          	bne	a5,a4,804051f4 <netfront_connect+0x64>
804051fe:	4785                	li	a5,1
80405200:	00f9a223          	sw	a5,4(s3)
80405204:	00f9a623          	sw	a5,12(s3)
80405208:	0009a023          	sw	zero,0(s3)
8040520c:	0009a423          	sw	zero,8(s3)
80405210:	01098793          	add	a5,s3,16
80405214:	04098713          	add	a4,s3,64
80405218:	0007a023          	sw	zero,0(a5)
8040521c:	0791                	add	a5,a5,4
8040521e:	fee79de3          	bne	a5,a4,80405218 <netfront_connect+0x88>
80405222:	10000793          	li	a5,256
80405226:	c4dc                	sw	a5,12(s1)
80405228:	4731                	li	a4,12
8040522a:	d09c                	sw	a5,32(s1)
8040522c:	47a1                	li	a5,8
8040522e:	c090                	sw	a2,0(s1)
80405230:	0004a223          	sw	zero,4(s1)
80405234:	0004a423          	sw	zero,8(s1)
80405238:	c898                	sw	a4,16(s1)
8040523a:	0134aa23          	sw	s3,20(s1)
8040523e:	0004ac23          	sw	zero,24(s1)
80405242:	0004ae23          	sw	zero,28(s1)
80405246:	d0dc                	sw	a5,36(s1)
80405248:	010a0a93          	add	s5,s4,16
8040524c:	04848b13          	add	s6,s1,72
80405250:	030a0b93          	add	s7,s4,48
80405254:	000aa783          	lw	a5,0(s5)
80405258:	020aa583          	lw	a1,32(s5)
8040525c:	4605                	li	a2,1
8040525e:	00fb2023          	sw	a5,0(s6)
80405262:	4501                	li	a0,0
80405264:	a39ff0ef          	jal	80404c9c <gnttab_grant_access>
80405268:	842a                	mv	s0,a0
8040526a:	0a91                	add	s5,s5,4
8040526c:	06054763          	bltz	a0,804052da <netfront_connect+0x14a>
80405270:	02ab2023          	sw	a0,32(s6)
80405274:	0b11                	add	s6,s6,4
80405276:	fd7a9fe3          	bne	s5,s7,80405254 <netfront_connect+0xc4>
8040527a:	0a84a583          	lw	a1,168(s1)
8040527e:	6641                	lui	a2,0x10
80405280:	47bd                	li	a5,15
80405282:	04458713          	add	a4,a1,68
80405286:	0706                	sll	a4,a4,0x1
80405288:	9726                	add	a4,a4,s1
8040528a:	167d                	add	a2,a2,-1 # ffff <_entry-0x803f0001>
8040528c:	fff78693          	add	a3,a5,-1
80405290:	00f71023          	sh	a5,0(a4)
80405294:	01069793          	sll	a5,a3,0x10
80405298:	83c1                	srl	a5,a5,0x10
8040529a:	0709                	add	a4,a4,2
8040529c:	fec798e3          	bne	a5,a2,8040528c <netfront_connect+0xfc>
804052a0:	05c1                	add	a1,a1,16
804052a2:	0ab4a423          	sw	a1,168(s1)
804052a6:	050a0a93          	add	s5,s4,80
804052aa:	0bc48b13          	add	s6,s1,188
804052ae:	0d0a0b93          	add	s7,s4,208
804052b2:	a031                	j	804052be <netfront_connect+0x12e>
804052b4:	08ab2023          	sw	a0,128(s6)
804052b8:	0b11                	add	s6,s6,4
804052ba:	035b8c63          	beq	s7,s5,804052f2 <netfront_connect+0x162>
804052be:	000aa783          	lw	a5,0(s5)
804052c2:	080aa583          	lw	a1,128(s5)
804052c6:	4601                	li	a2,0
804052c8:	00fb2023          	sw	a5,0(s6)
804052cc:	4501                	li	a0,0
804052ce:	9cfff0ef          	jal	80404c9c <gnttab_grant_access>
804052d2:	842a                	mv	s0,a0
804052d4:	0a91                	add	s5,s5,4
804052d6:	fc055fe3          	bgez	a0,804052b4 <netfront_connect+0x124>
804052da:	50f2                	lw	ra,60(sp)
804052dc:	8522                	mv	a0,s0
804052de:	5462                	lw	s0,56(sp)
804052e0:	54d2                	lw	s1,52(sp)
804052e2:	5942                	lw	s2,48(sp)
804052e4:	59b2                	lw	s3,44(sp)
804052e6:	5a22                	lw	s4,40(sp)
804052e8:	5a92                	lw	s5,36(sp)
804052ea:	5b02                	lw	s6,32(sp)
804052ec:	4bf2                	lw	s7,28(sp)
804052ee:	6121                	add	sp,sp,64
804052f0:	8082                	ret
804052f2:	004a2583          	lw	a1,4(s4)
804052f6:	4601                	li	a2,0
804052f8:	4501                	li	a0,0
804052fa:	9a3ff0ef          	jal	80404c9c <gnttab_grant_access>
804052fe:	842a                	mv	s0,a0
80405300:	fc054de3          	bltz	a0,804052da <netfront_connect+0x14a>
80405304:	00ca2583          	lw	a1,12(s4)
80405308:	4601                	li	a2,0
8040530a:	d4c8                	sw	a0,44(s1)
8040530c:	4501                	li	a0,0
8040530e:	98fff0ef          	jal	80404c9c <gnttab_grant_access>
80405312:	842a                	mv	s0,a0
80405314:	fc0543e3          	bltz	a0,804052da <netfront_connect+0x14a>
80405318:	0204a803          	lw	a6,32(s1)
8040531c:	0144ae03          	lw	t3,20(s1)
80405320:	4c88                	lw	a0,24(s1)
80405322:	0244a303          	lw	t1,36(s1)
80405326:	d880                	sw	s0,48(s1)
80405328:	187d                	add	a6,a6,-1
8040532a:	13c48693          	add	a3,s1,316
8040532e:	4701                	li	a4,0
80405330:	4a05                	li	s4,1
80405332:	02000893          	li	a7,32
80405336:	00a707b3          	add	a5,a4,a0
8040533a:	0107f7b3          	and	a5,a5,a6
8040533e:	026787b3          	mul	a5,a5,t1
80405342:	428c                	lw	a1,0(a3)
80405344:	00e48633          	add	a2,s1,a4
80405348:	0691                	add	a3,a3,4
8040534a:	04078793          	add	a5,a5,64
8040534e:	97f2                	add	a5,a5,t3
80405350:	00e79023          	sh	a4,0(a5)
80405354:	00079123          	sh	zero,2(a5)
80405358:	c3cc                	sw	a1,4(a5)
8040535a:	1b460e23          	sb	s4,444(a2)
8040535e:	0705                	add	a4,a4,1
80405360:	fd171be3          	bne	a4,a7,80405336 <netfront_connect+0x1a6>
80405364:	02050513          	add	a0,a0,32
80405368:	cc88                	sw	a0,24(s1)
8040536a:	0110000f          	fence	w,w
8040536e:	4c9c                	lw	a5,24(s1)
80405370:	02848593          	add	a1,s1,40
80405374:	4501                	li	a0,0
80405376:	00f9a023          	sw	a5,0(s3)
8040537a:	849ff0ef          	jal	80404bc2 <evtchn_alloc_unbound>
8040537e:	842a                	mv	s0,a0
80405380:	f4054de3          	bltz	a0,804052da <netfront_connect+0x14a>
80405384:	5488                	lw	a0,40(s1)
80405386:	804055b7          	lui	a1,0x80405
8040538a:	8626                	mv	a2,s1
8040538c:	f5a58593          	add	a1,a1,-166 # 80404f5a <netfront_event>
80405390:	ee2ff0ef          	jal	80404a72 <evtchn_bind>
80405394:	842a                	mv	s0,a0
80405396:	f131                	bnez	a0,804052da <netfront_connect+0x14a>
80405398:	54d0                	lw	a2,44(s1)
8040539a:	804075b7          	lui	a1,0x80407
8040539e:	ab058593          	add	a1,a1,-1360 # 80406ab0 <names.0+0x58c>
804053a2:	854a                	mv	a0,s2
804053a4:	2d09                	jal	804059b6 <xs_write_u32>
804053a6:	842a                	mv	s0,a0
804053a8:	f90d                	bnez	a0,804052da <netfront_connect+0x14a>
804053aa:	5890                	lw	a2,48(s1)
804053ac:	804075b7          	lui	a1,0x80407
804053b0:	acc58593          	add	a1,a1,-1332 # 80406acc <names.0+0x5a8>
804053b4:	854a                	mv	a0,s2
804053b6:	2501                	jal	804059b6 <xs_write_u32>
804053b8:	842a                	mv	s0,a0
804053ba:	f105                	bnez	a0,804052da <netfront_connect+0x14a>
804053bc:	5490                	lw	a2,40(s1)
804053be:	804075b7          	lui	a1,0x80407
804053c2:	ae858593          	add	a1,a1,-1304 # 80406ae8 <names.0+0x5c4>
804053c6:	854a                	mv	a0,s2
804053c8:	23fd                	jal	804059b6 <xs_write_u32>
804053ca:	842a                	mv	s0,a0
804053cc:	f00517e3          	bnez	a0,804052da <netfront_connect+0x14a>
804053d0:	804075b7          	lui	a1,0x80407
804053d4:	460d                	li	a2,3
804053d6:	b0458593          	add	a1,a1,-1276 # 80406b04 <names.0+0x5e0>
804053da:	854a                	mv	a0,s2
804053dc:	2be9                	jal	804059b6 <xs_write_u32>
804053de:	c602                	sw	zero,12(sp)
804053e0:	842a                	mv	s0,a0
804053e2:	ee051ce3          	bnez	a0,804052da <netfront_connect+0x14a>
804053e6:	804075b7          	lui	a1,0x80407
804053ea:	0070                	add	a2,sp,12
804053ec:	b1858593          	add	a1,a1,-1256 # 80406b18 <names.0+0x5f4>
804053f0:	854a                	mv	a0,s2
804053f2:	29f1                	jal	804058ce <xs_read_u32>
804053f4:	842a                	mv	s0,a0
804053f6:	ee0512e3          	bnez	a0,804052da <netfront_connect+0x14a>
804053fa:	4732                	lw	a4,12(sp)
804053fc:	4791                	li	a5,4
804053fe:	00f71863          	bne	a4,a5,8040540e <netfront_connect+0x27e>
80405402:	0344ae23          	sw	s4,60(s1)
80405406:	8526                	mv	a0,s1
80405408:	c35ff0ef          	jal	8040503c <netfront_poll>
8040540c:	b5f9                	j	804052da <netfront_connect+0x14a>
8040540e:	5429                	li	s0,-22
80405410:	b5e9                	j	804052da <netfront_connect+0x14a>

80405412 <pvcons_init>:
80405412:	c10c                	sw	a1,0(a0)
80405414:	c150                	sw	a2,4(a0)
80405416:	c514                	sw	a3,8(a0)
80405418:	8082                	ret

8040541a <pvcons_put>:
8040541a:	00052803          	lw	a6,0(a0)
8040541e:	6785                	lui	a5,0x1
80405420:	00f80733          	add	a4,a6,a5
80405424:	c0872503          	lw	a0,-1016(a4)
80405428:	c0c72883          	lw	a7,-1012(a4)
8040542c:	0330000f          	fence	rw,rw
80405430:	80078793          	add	a5,a5,-2048 # 800 <_entry-0x803ff800>
80405434:	953e                	add	a0,a0,a5
80405436:	41150533          	sub	a0,a0,a7
8040543a:	02a7ee63          	bltu	a5,a0,80405476 <pvcons_put+0x5c>
8040543e:	04a66463          	bltu	a2,a0,80405486 <pvcons_put+0x6c>
80405442:	c11d                	beqz	a0,80405468 <pvcons_put+0x4e>
80405444:	872e                	mv	a4,a1
80405446:	00a58633          	add	a2,a1,a0
8040544a:	40b885b3          	sub	a1,a7,a1
8040544e:	00074683          	lbu	a3,0(a4)
80405452:	00e587b3          	add	a5,a1,a4
80405456:	7ff7f793          	and	a5,a5,2047
8040545a:	97c2                	add	a5,a5,a6
8040545c:	40d78023          	sb	a3,1024(a5)
80405460:	0705                	add	a4,a4,1
80405462:	fec716e3          	bne	a4,a2,8040544e <pvcons_put+0x34>
80405466:	98aa                	add	a7,a7,a0
80405468:	0110000f          	fence	w,w
8040546c:	6785                	lui	a5,0x1
8040546e:	983e                	add	a6,a6,a5
80405470:	c1182623          	sw	a7,-1012(a6)
80405474:	8082                	ret
80405476:	4501                	li	a0,0
80405478:	0110000f          	fence	w,w
8040547c:	6785                	lui	a5,0x1
8040547e:	983e                	add	a6,a6,a5
80405480:	c1182623          	sw	a7,-1012(a6)
80405484:	8082                	ret
80405486:	8532                	mv	a0,a2
80405488:	fd55                	bnez	a0,80405444 <pvcons_put+0x2a>
8040548a:	bff9                	j	80405468 <pvcons_put+0x4e>

8040548c <pvcons_notify>:
8040548c:	4148                	lw	a0,4(a0)
8040548e:	ee8ff06f          	j	80404b76 <evtchn_send>

80405492 <pvcons_drain>:
80405492:	411c                	lw	a5,0(a0)
80405494:	1141                	add	sp,sp,-16
80405496:	c226                	sw	s1,4(sp)
80405498:	6485                	lui	s1,0x1
8040549a:	97a6                	add	a5,a5,s1
8040549c:	c0c7a703          	lw	a4,-1012(a5) # c0c <_entry-0x803ff3f4>
804054a0:	c087a783          	lw	a5,-1016(a5)
804054a4:	c606                	sw	ra,12(sp)
804054a6:	c422                	sw	s0,8(sp)
804054a8:	02f70163          	beq	a4,a5,804054ca <pvcons_drain+0x38>
804054ac:	842a                	mv	s0,a0
804054ae:	4148                	lw	a0,4(a0)
804054b0:	ec6ff0ef          	jal	80404b76 <evtchn_send>
804054b4:	a019                	j	804054ba <pvcons_drain+0x28>
804054b6:	441c                	lw	a5,8(s0)
804054b8:	9782                	jalr	a5
804054ba:	401c                	lw	a5,0(s0)
804054bc:	97a6                	add	a5,a5,s1
804054be:	c0c7a703          	lw	a4,-1012(a5)
804054c2:	c087a783          	lw	a5,-1016(a5)
804054c6:	fef718e3          	bne	a4,a5,804054b6 <pvcons_drain+0x24>
804054ca:	40b2                	lw	ra,12(sp)
804054cc:	4422                	lw	s0,8(sp)
804054ce:	4492                	lw	s1,4(sp)
804054d0:	0141                	add	sp,sp,16
804054d2:	8082                	ret

804054d4 <pvcons_input_pending>:
804054d4:	4118                	lw	a4,0(a0)
804054d6:	6785                	lui	a5,0x1
804054d8:	973e                	add	a4,a4,a5
804054da:	c0472783          	lw	a5,-1020(a4)
804054de:	c0072703          	lw	a4,-1024(a4)
804054e2:	8f99                	sub	a5,a5,a4
804054e4:	4017b513          	sltiu	a0,a5,1025
804054e8:	40a00533          	neg	a0,a0
804054ec:	8d7d                	and	a0,a0,a5
804054ee:	8082                	ret

804054f0 <pvcons_read>:
804054f0:	4114                	lw	a3,0(a0)
804054f2:	6785                	lui	a5,0x1
804054f4:	1141                	add	sp,sp,-16
804054f6:	97b6                	add	a5,a5,a3
804054f8:	c007a803          	lw	a6,-1024(a5) # c00 <_entry-0x803ff400>
804054fc:	c422                	sw	s0,8(sp)
804054fe:	c047a403          	lw	s0,-1020(a5)
80405502:	c606                	sw	ra,12(sp)
80405504:	41040433          	sub	s0,s0,a6
80405508:	0220000f          	fence	r,r
8040550c:	40000793          	li	a5,1024
80405510:	0487e663          	bltu	a5,s0,8040555c <pvcons_read+0x6c>
80405514:	04866263          	bltu	a2,s0,80405558 <pvcons_read+0x68>
80405518:	c81d                	beqz	s0,8040554e <pvcons_read+0x5e>
8040551a:	872e                	mv	a4,a1
8040551c:	40e80633          	sub	a2,a6,a4
80405520:	95a2                	add	a1,a1,s0
80405522:	00e607b3          	add	a5,a2,a4
80405526:	3ff7f793          	and	a5,a5,1023
8040552a:	97b6                	add	a5,a5,a3
8040552c:	0007c783          	lbu	a5,0(a5)
80405530:	0705                	add	a4,a4,1
80405532:	fef70fa3          	sb	a5,-1(a4)
80405536:	feb716e3          	bne	a4,a1,80405522 <pvcons_read+0x32>
8040553a:	0330000f          	fence	rw,rw
8040553e:	6785                	lui	a5,0x1
80405540:	9822                	add	a6,a6,s0
80405542:	96be                	add	a3,a3,a5
80405544:	c106a023          	sw	a6,-1024(a3)
80405548:	4148                	lw	a0,4(a0)
8040554a:	e2cff0ef          	jal	80404b76 <evtchn_send>
8040554e:	40b2                	lw	ra,12(sp)
80405550:	8522                	mv	a0,s0
80405552:	4422                	lw	s0,8(sp)
80405554:	0141                	add	sp,sp,16
80405556:	8082                	ret
80405558:	8432                	mv	s0,a2
8040555a:	bf7d                	j	80405518 <pvcons_read+0x28>
8040555c:	4401                	li	s0,0
8040555e:	40b2                	lw	ra,12(sp)
80405560:	8522                	mv	a0,s0
80405562:	4422                	lw	s0,8(sp)
80405564:	0141                	add	sp,sp,16
80405566:	8082                	ret

80405568 <xs_talk>:
80405568:	710d                	add	sp,sp,-352
8040556a:	15312623          	sw	s3,332(sp)
8040556e:	15412423          	sw	s4,328(sp)
80405572:	13a12823          	sw	s10,304(sp)
80405576:	89be                	mv	s3,a5
80405578:	8d36                	mv	s10,a3
8040557a:	14112e23          	sw	ra,348(sp)
8040557e:	96be                	add	a3,a3,a5
80405580:	14812c23          	sw	s0,344(sp)
80405584:	14912a23          	sw	s1,340(sp)
80405588:	15212823          	sw	s2,336(sp)
8040558c:	15512223          	sw	s5,324(sp)
80405590:	15612023          	sw	s6,320(sp)
80405594:	13712e23          	sw	s7,316(sp)
80405598:	13812c23          	sw	s8,312(sp)
8040559c:	13912a23          	sw	s9,308(sp)
804055a0:	13b12623          	sw	s11,300(sp)
804055a4:	10000793          	li	a5,256
804055a8:	00052a03          	lw	s4,0(a0)
804055ac:	28d7e863          	bltu	a5,a3,8040583c <xs_talk+0x2d4>
804055b0:	451c                	lw	a5,8(a0)
804055b2:	6485                	lui	s1,0x1
804055b4:	94d2                	add	s1,s1,s4
804055b6:	0785                	add	a5,a5,1 # 1001 <_entry-0x803fefff>
804055b8:	c51c                	sw	a5,8(a0)
804055ba:	8044ab83          	lw	s7,-2044(s1) # 804 <_entry-0x803ff7fc>
804055be:	8c3a                	mv	s8,a4
804055c0:	8004a703          	lw	a4,-2048(s1)
804055c4:	3f000d93          	li	s11,1008
804055c8:	c23e                	sw	a5,4(sp)
804055ca:	c02e                	sw	a1,0(sp)
804055cc:	c402                	sw	zero,8(sp)
804055ce:	c636                	sw	a3,12(sp)
804055d0:	40dd8db3          	sub	s11,s11,a3
804055d4:	40eb87b3          	sub	a5,s7,a4
804055d8:	842a                	mv	s0,a0
804055da:	8b2e                	mv	s6,a1
804055dc:	8cb2                	mv	s9,a2
804055de:	8942                	mv	s2,a6
804055e0:	8ac6                	mv	s5,a7
804055e2:	00fdfd63          	bgeu	s11,a5,804055fc <xs_talk+0x94>
804055e6:	4048                	lw	a0,4(s0)
804055e8:	d8eff0ef          	jal	80404b76 <evtchn_send>
804055ec:	445c                	lw	a5,12(s0)
804055ee:	9782                	jalr	a5
804055f0:	8004a783          	lw	a5,-2048(s1)
804055f4:	40fb87b3          	sub	a5,s7,a5
804055f8:	fefde7e3          	bltu	s11,a5,804055e6 <xs_talk+0x7e>
804055fc:	0330000f          	fence	rw,rw
80405600:	4010                	lw	a2,0(s0)
80405602:	870a                	mv	a4,sp
80405604:	0804                	add	s1,sp,16
80405606:	40eb85b3          	sub	a1,s7,a4
8040560a:	00074683          	lbu	a3,0(a4)
8040560e:	00e587b3          	add	a5,a1,a4
80405612:	3ff7f793          	and	a5,a5,1023
80405616:	97b2                	add	a5,a5,a2
80405618:	00d78023          	sb	a3,0(a5)
8040561c:	0705                	add	a4,a4,1
8040561e:	fee496e3          	bne	s1,a4,8040560a <xs_talk+0xa2>
80405622:	419b86b3          	sub	a3,s7,s9
80405626:	87e6                	mv	a5,s9
80405628:	010d0513          	add	a0,s10,16
8040562c:	9cea                	add	s9,s9,s10
8040562e:	06c1                	add	a3,a3,16
80405630:	0007c703          	lbu	a4,0(a5)
80405634:	00f685b3          	add	a1,a3,a5
80405638:	3ff5f593          	and	a1,a1,1023
8040563c:	95b2                	add	a1,a1,a2
8040563e:	00e58023          	sb	a4,0(a1)
80405642:	0785                	add	a5,a5,1
80405644:	ff9796e3          	bne	a5,s9,80405630 <xs_talk+0xc8>
80405648:	87e2                	mv	a5,s8
8040564a:	9baa                	add	s7,s7,a0
8040564c:	9c4e                	add	s8,s8,s3
8040564e:	40fb85b3          	sub	a1,s7,a5
80405652:	00098e63          	beqz	s3,8040566e <xs_talk+0x106>
80405656:	0007c703          	lbu	a4,0(a5)
8040565a:	00f586b3          	add	a3,a1,a5
8040565e:	3ff6f693          	and	a3,a3,1023
80405662:	96b2                	add	a3,a3,a2
80405664:	00e68023          	sb	a4,0(a3)
80405668:	0785                	add	a5,a5,1
8040566a:	ff8796e3          	bne	a5,s8,80405656 <xs_talk+0xee>
8040566e:	9bce                	add	s7,s7,s3
80405670:	0110000f          	fence	w,w
80405674:	6d05                	lui	s10,0x1
80405676:	9d52                	add	s10,s10,s4
80405678:	817d2223          	sw	s7,-2044(s10) # 804 <_entry-0x803ff7fc>
8040567c:	4048                	lw	a0,4(s0)
8040567e:	cf8ff0ef          	jal	80404b76 <evtchn_send>
80405682:	808d2503          	lw	a0,-2040(s10)
80405686:	80cd2683          	lw	a3,-2036(s10)
8040568a:	8e89                	sub	a3,a3,a0
8040568c:	0220000f          	fence	r,r
80405690:	40000793          	li	a5,1024
80405694:	02d7e963          	bltu	a5,a3,804056c6 <xs_talk+0x15e>
80405698:	02010c93          	add	s9,sp,32
8040569c:	4bc1                	li	s7,16
8040569e:	49bd                	li	s3,15
804056a0:	10000c13          	li	s8,256
804056a4:	419b8bb3          	sub	s7,s7,s9
804056a8:	40000a13          	li	s4,1024
804056ac:	04d9ea63          	bltu	s3,a3,80405700 <xs_talk+0x198>
804056b0:	445c                	lw	a5,12(s0)
804056b2:	9782                	jalr	a5
804056b4:	808d2503          	lw	a0,-2040(s10)
804056b8:	80cd2683          	lw	a3,-2036(s10)
804056bc:	8e89                	sub	a3,a3,a0
804056be:	0220000f          	fence	r,r
804056c2:	feda75e3          	bgeu	s4,a3,804056ac <xs_talk+0x144>
804056c6:	5549                	li	a0,-14
804056c8:	15c12083          	lw	ra,348(sp)
804056cc:	15812403          	lw	s0,344(sp)
804056d0:	15412483          	lw	s1,340(sp)
804056d4:	15012903          	lw	s2,336(sp)
804056d8:	14c12983          	lw	s3,332(sp)
804056dc:	14812a03          	lw	s4,328(sp)
804056e0:	14412a83          	lw	s5,324(sp)
804056e4:	14012b03          	lw	s6,320(sp)
804056e8:	13c12b83          	lw	s7,316(sp)
804056ec:	13812c03          	lw	s8,312(sp)
804056f0:	13412c83          	lw	s9,308(sp)
804056f4:	13012d03          	lw	s10,304(sp)
804056f8:	12c12d83          	lw	s11,300(sp)
804056fc:	6135                	add	sp,sp,352
804056fe:	8082                	ret
80405700:	4010                	lw	a2,0(s0)
80405702:	8726                	mv	a4,s1
80405704:	409505b3          	sub	a1,a0,s1
80405708:	00e587b3          	add	a5,a1,a4
8040570c:	3ff7f793          	and	a5,a5,1023
80405710:	97b2                	add	a5,a5,a2
80405712:	4007c783          	lbu	a5,1024(a5)
80405716:	0705                	add	a4,a4,1
80405718:	fef70fa3          	sb	a5,-1(a4)
8040571c:	ff9716e3          	bne	a4,s9,80405708 <xs_talk+0x1a0>
80405720:	47f2                	lw	a5,28(sp)
80405722:	fafc62e3          	bltu	s8,a5,804056c6 <xs_talk+0x15e>
80405726:	01078713          	add	a4,a5,16
8040572a:	f8e6e3e3          	bltu	a3,a4,804056b0 <xs_talk+0x148>
8040572e:	019785b3          	add	a1,a5,s9
80405732:	8766                	mv	a4,s9
80405734:	00ab86b3          	add	a3,s7,a0
80405738:	cf89                	beqz	a5,80405752 <xs_talk+0x1ea>
8040573a:	00e687b3          	add	a5,a3,a4
8040573e:	3ff7f793          	and	a5,a5,1023
80405742:	97b2                	add	a5,a5,a2
80405744:	4007c783          	lbu	a5,1024(a5)
80405748:	0705                	add	a4,a4,1
8040574a:	fef70fa3          	sb	a5,-1(a4)
8040574e:	feb716e3          	bne	a4,a1,8040573a <xs_talk+0x1d2>
80405752:	0330000f          	fence	rw,rw
80405756:	4df2                	lw	s11,28(sp)
80405758:	010d8793          	add	a5,s11,16
8040575c:	97aa                	add	a5,a5,a0
8040575e:	80fd2423          	sw	a5,-2040(s10)
80405762:	4048                	lw	a0,4(s0)
80405764:	c12ff0ef          	jal	80404b76 <evtchn_send>
80405768:	4752                	lw	a4,20(sp)
8040576a:	4792                	lw	a5,4(sp)
8040576c:	f4f714e3          	bne	a4,a5,804056b4 <xs_talk+0x14c>
80405770:	47c2                	lw	a5,16(sp)
80405772:	4741                	li	a4,16
80405774:	02e78a63          	beq	a5,a4,804057a8 <xs_talk+0x240>
80405778:	5529                	li	a0,-22
8040577a:	f56797e3          	bne	a5,s6,804056c8 <xs_talk+0x160>
8040577e:	020d8363          	beqz	s11,804057a4 <xs_talk+0x23c>
80405782:	020a8163          	beqz	s5,804057a4 <xs_talk+0x23c>
80405786:	fffd8713          	add	a4,s11,-1
8040578a:	974a                	add	a4,a4,s2
8040578c:	9aca                	add	s5,s5,s2
8040578e:	a021                	j	80405796 <xs_talk+0x22e>
80405790:	0905                	add	s2,s2,1
80405792:	01590963          	beq	s2,s5,804057a4 <xs_talk+0x23c>
80405796:	000cc783          	lbu	a5,0(s9)
8040579a:	0c85                	add	s9,s9,1
8040579c:	00f90023          	sb	a5,0(s2)
804057a0:	fee918e3          	bne	s2,a4,80405790 <xs_talk+0x228>
804057a4:	856e                	mv	a0,s11
804057a6:	b70d                	j	804056c8 <xs_talk+0x160>
804057a8:	80407337          	lui	t1,0x80407
804057ac:	b8430f13          	add	t5,t1,-1148 # 80406b84 <names.0>
804057b0:	04500793          	li	a5,69
804057b4:	b8430313          	add	t1,t1,-1148
804057b8:	00032583          	lw	a1,0(t1)
804057bc:	4e01                	li	t3,0
804057be:	4ead                	li	t4,11
804057c0:	cbb9                	beqz	a5,80405816 <xs_talk+0x2ae>
804057c2:	4681                	li	a3,0
804057c4:	88b6                	mv	a7,a3
804057c6:	0685                	add	a3,a3,1
804057c8:	00d587b3          	add	a5,a1,a3
804057cc:	0007c783          	lbu	a5,0(a5)
804057d0:	fbf5                	bnez	a5,804057c4 <xs_talk+0x25c>
804057d2:	020d8763          	beqz	s11,80405800 <xs_talk+0x298>
804057d6:	8666                	mv	a2,s9
804057d8:	a031                	j	804057e4 <xs_talk+0x27c>
804057da:	02f88f63          	beq	a7,a5,80405818 <xs_talk+0x2b0>
804057de:	02ed8163          	beq	s11,a4,80405800 <xs_talk+0x298>
804057e2:	87ba                	mv	a5,a4
804057e4:	00f58733          	add	a4,a1,a5
804057e8:	00064803          	lbu	a6,0(a2)
804057ec:	00074503          	lbu	a0,0(a4)
804057f0:	0605                	add	a2,a2,1
804057f2:	00178713          	add	a4,a5,1
804057f6:	fea802e3          	beq	a6,a0,804057da <xs_talk+0x272>
804057fa:	8736                	mv	a4,a3
804057fc:	00f68e63          	beq	a3,a5,80405818 <xs_talk+0x2b0>
80405800:	0e05                	add	t3,t3,1
80405802:	0321                	add	t1,t1,8
80405804:	03de0a63          	beq	t3,t4,80405838 <xs_talk+0x2d0>
80405808:	00032783          	lw	a5,0(t1)
8040580c:	00032583          	lw	a1,0(t1)
80405810:	0007c783          	lbu	a5,0(a5)
80405814:	f7dd                	bnez	a5,804057c2 <xs_talk+0x25a>
80405816:	4701                	li	a4,0
80405818:	00ed8963          	beq	s11,a4,8040582a <xs_talk+0x2c2>
8040581c:	12070793          	add	a5,a4,288
80405820:	00278733          	add	a4,a5,sp
80405824:	f0074783          	lbu	a5,-256(a4)
80405828:	ffe1                	bnez	a5,80405800 <xs_talk+0x298>
8040582a:	0e0e                	sll	t3,t3,0x3
8040582c:	9f72                	add	t5,t5,t3
8040582e:	004f2503          	lw	a0,4(t5)
80405832:	40a00533          	neg	a0,a0
80405836:	bd49                	j	804056c8 <xs_talk+0x160>
80405838:	5529                	li	a0,-22
8040583a:	b579                	j	804056c8 <xs_talk+0x160>
8040583c:	5565                	li	a0,-7
8040583e:	b569                	j	804056c8 <xs_talk+0x160>

80405840 <xs_read.part.0>:
80405840:	1141                	add	sp,sp,-16
80405842:	c422                	sw	s0,8(sp)
80405844:	c226                	sw	s1,4(sp)
80405846:	c606                	sw	ra,12(sp)
80405848:	0005c783          	lbu	a5,0(a1)
8040584c:	84b2                	mv	s1,a2
8040584e:	8436                	mv	s0,a3
80405850:	c3b5                	beqz	a5,804058b4 <xs_read.part.0+0x74>
80405852:	4781                	li	a5,0
80405854:	833e                	mv	t1,a5
80405856:	0785                	add	a5,a5,1
80405858:	00f58733          	add	a4,a1,a5
8040585c:	00074703          	lbu	a4,0(a4)
80405860:	fb75                	bnez	a4,80405854 <xs_read.part.0+0x14>
80405862:	00230693          	add	a3,t1,2
80405866:	147d                	add	s0,s0,-1
80405868:	862e                	mv	a2,a1
8040586a:	88a2                	mv	a7,s0
8040586c:	8826                	mv	a6,s1
8040586e:	4781                	li	a5,0
80405870:	4701                	li	a4,0
80405872:	4589                	li	a1,2
80405874:	cf5ff0ef          	jal	80405568 <xs_talk>
80405878:	00054963          	bltz	a0,8040588a <xs_read.part.0+0x4a>
8040587c:	87aa                	mv	a5,a0
8040587e:	02a46463          	bltu	s0,a0,804058a6 <xs_read.part.0+0x66>
80405882:	4501                	li	a0,0
80405884:	eb81                	bnez	a5,80405894 <xs_read.part.0+0x54>
80405886:	00048023          	sb	zero,0(s1)
8040588a:	40b2                	lw	ra,12(sp)
8040588c:	4422                	lw	s0,8(sp)
8040588e:	4492                	lw	s1,4(sp)
80405890:	0141                	add	sp,sp,16
80405892:	8082                	ret
80405894:	fff78513          	add	a0,a5,-1
80405898:	00a48733          	add	a4,s1,a0
8040589c:	00074683          	lbu	a3,0(a4)
804058a0:	e699                	bnez	a3,804058ae <xs_read.part.0+0x6e>
804058a2:	84ba                	mv	s1,a4
804058a4:	b7cd                	j	80405886 <xs_read.part.0+0x46>
804058a6:	87a2                	mv	a5,s0
804058a8:	4501                	li	a0,0
804058aa:	dff1                	beqz	a5,80405886 <xs_read.part.0+0x46>
804058ac:	b7e5                	j	80405894 <xs_read.part.0+0x54>
804058ae:	94be                	add	s1,s1,a5
804058b0:	853e                	mv	a0,a5
804058b2:	bfd1                	j	80405886 <xs_read.part.0+0x46>
804058b4:	4685                	li	a3,1
804058b6:	bf45                	j	80405866 <xs_read.part.0+0x26>

804058b8 <xs_init>:
804058b8:	c10c                	sw	a1,0(a0)
804058ba:	c150                	sw	a2,4(a0)
804058bc:	00052423          	sw	zero,8(a0)
804058c0:	c554                	sw	a3,12(a0)
804058c2:	8082                	ret

804058c4 <xs_read>:
804058c4:	c299                	beqz	a3,804058ca <xs_read+0x6>
804058c6:	f7bff06f          	j	80405840 <xs_read.part.0>
804058ca:	5529                	li	a0,-22
804058cc:	8082                	ret

804058ce <xs_read_u32>:
804058ce:	1101                	add	sp,sp,-32
804058d0:	cc22                	sw	s0,24(sp)
804058d2:	46c1                	li	a3,16
804058d4:	8432                	mv	s0,a2
804058d6:	860a                	mv	a2,sp
804058d8:	ce06                	sw	ra,28(sp)
804058da:	f67ff0ef          	jal	80405840 <xs_read.part.0>
804058de:	06054163          	bltz	a0,80405940 <xs_read_u32+0x72>
804058e2:	cd31                	beqz	a0,8040593e <xs_read_u32+0x70>
804058e4:	47a9                	li	a5,10
804058e6:	04a7cc63          	blt	a5,a0,8040593e <xs_read_u32+0x70>
804058ea:	880a                	mv	a6,sp
804058ec:	4881                	li	a7,0
804058ee:	4781                	li	a5,0
804058f0:	4601                	li	a2,0
804058f2:	4325                	li	t1,9
804058f4:	a029                	j	804058fe <xs_read_u32+0x30>
804058f6:	9636                	add	a2,a2,a3
804058f8:	0805                	add	a6,a6,1
804058fa:	04a8d763          	bge	a7,a0,80405948 <xs_read_u32+0x7a>
804058fe:	01e7d693          	srl	a3,a5,0x1e
80405902:	00279713          	sll	a4,a5,0x2
80405906:	00261593          	sll	a1,a2,0x2
8040590a:	97ba                	add	a5,a5,a4
8040590c:	8dd5                	or	a1,a1,a3
8040590e:	00084683          	lbu	a3,0(a6)
80405912:	95b2                	add	a1,a1,a2
80405914:	00e7b733          	sltu	a4,a5,a4
80405918:	972e                	add	a4,a4,a1
8040591a:	fd068693          	add	a3,a3,-48
8040591e:	01f7d613          	srl	a2,a5,0x1f
80405922:	0706                	sll	a4,a4,0x1
80405924:	0786                	sll	a5,a5,0x1
80405926:	8f51                	or	a4,a4,a2
80405928:	97b6                	add	a5,a5,a3
8040592a:	41f6d613          	sra	a2,a3,0x1f
8040592e:	0ff6f593          	zext.b	a1,a3
80405932:	963a                	add	a2,a2,a4
80405934:	00d7b6b3          	sltu	a3,a5,a3
80405938:	0885                	add	a7,a7,1
8040593a:	fab37ee3          	bgeu	t1,a1,804058f6 <xs_read_u32+0x28>
8040593e:	5529                	li	a0,-22
80405940:	40f2                	lw	ra,28(sp)
80405942:	4462                	lw	s0,24(sp)
80405944:	6105                	add	sp,sp,32
80405946:	8082                	ret
80405948:	fa7d                	bnez	a2,8040593e <xs_read_u32+0x70>
8040594a:	40f2                	lw	ra,28(sp)
8040594c:	c01c                	sw	a5,0(s0)
8040594e:	4462                	lw	s0,24(sp)
80405950:	4501                	li	a0,0
80405952:	6105                	add	sp,sp,32
80405954:	8082                	ret

80405956 <xs_write>:
80405956:	1101                	add	sp,sp,-32
80405958:	ce06                	sw	ra,28(sp)
8040595a:	0005c783          	lbu	a5,0(a1)
8040595e:	8732                	mv	a4,a2
80405960:	c7a9                	beqz	a5,804059aa <xs_write+0x54>
80405962:	4781                	li	a5,0
80405964:	86be                	mv	a3,a5
80405966:	0785                	add	a5,a5,1
80405968:	00f58833          	add	a6,a1,a5
8040596c:	00084803          	lbu	a6,0(a6)
80405970:	fe081ae3          	bnez	a6,80405964 <xs_write+0xe>
80405974:	00074783          	lbu	a5,0(a4)
80405978:	0689                	add	a3,a3,2
8040597a:	cf85                	beqz	a5,804059b2 <xs_write+0x5c>
8040597c:	4781                	li	a5,0
8040597e:	0785                	add	a5,a5,1
80405980:	00f70833          	add	a6,a4,a5
80405984:	00084803          	lbu	a6,0(a6)
80405988:	fe081be3          	bnez	a6,8040597e <xs_write+0x28>
8040598c:	00c10813          	add	a6,sp,12
80405990:	862e                	mv	a2,a1
80405992:	4891                	li	a7,4
80405994:	45ad                	li	a1,11
80405996:	bd3ff0ef          	jal	80405568 <xs_talk>
8040599a:	40f2                	lw	ra,28(sp)
8040599c:	00152793          	slti	a5,a0,1
804059a0:	40f007b3          	neg	a5,a5
804059a4:	8d7d                	and	a0,a0,a5
804059a6:	6105                	add	sp,sp,32
804059a8:	8082                	ret
804059aa:	00074783          	lbu	a5,0(a4)
804059ae:	4685                	li	a3,1
804059b0:	f7f1                	bnez	a5,8040597c <xs_write+0x26>
804059b2:	4781                	li	a5,0
804059b4:	bfe1                	j	8040598c <xs_write+0x36>

804059b6 <xs_write_u32>:
804059b6:	1101                	add	sp,sp,-32
804059b8:	87b2                	mv	a5,a2
804059ba:	ce06                	sw	ra,28(sp)
804059bc:	00010723          	sb	zero,14(sp)
804059c0:	00e10613          	add	a2,sp,14
804059c4:	46a9                	li	a3,10
804059c6:	48a5                	li	a7,9
804059c8:	02d7f733          	remu	a4,a5,a3
804059cc:	167d                	add	a2,a2,-1
804059ce:	883e                	mv	a6,a5
804059d0:	03070713          	add	a4,a4,48
804059d4:	00e60023          	sb	a4,0(a2)
804059d8:	02d7d7b3          	divu	a5,a5,a3
804059dc:	ff08e6e3          	bltu	a7,a6,804059c8 <xs_write_u32+0x12>
804059e0:	f77ff0ef          	jal	80405956 <xs_write>
804059e4:	40f2                	lw	ra,28(sp)
804059e6:	6105                	add	sp,sp,32
804059e8:	8082                	ret

804059ea <swtch>:
804059ea:	00152023          	sw	ra,0(a0)
804059ee:	00252223          	sw	sp,4(a0)
804059f2:	c500                	sw	s0,8(a0)
804059f4:	c544                	sw	s1,12(a0)
804059f6:	01252823          	sw	s2,16(a0)
804059fa:	01352a23          	sw	s3,20(a0)
804059fe:	01452c23          	sw	s4,24(a0)
80405a02:	01552e23          	sw	s5,28(a0)
80405a06:	03652023          	sw	s6,32(a0)
80405a0a:	03752223          	sw	s7,36(a0)
80405a0e:	03852423          	sw	s8,40(a0)
80405a12:	03952623          	sw	s9,44(a0)
80405a16:	03a52823          	sw	s10,48(a0)
80405a1a:	03b52a23          	sw	s11,52(a0)
80405a1e:	0005a083          	lw	ra,0(a1)
80405a22:	0045a103          	lw	sp,4(a1)
80405a26:	4580                	lw	s0,8(a1)
80405a28:	45c4                	lw	s1,12(a1)
80405a2a:	0105a903          	lw	s2,16(a1)
80405a2e:	0145a983          	lw	s3,20(a1)
80405a32:	0185aa03          	lw	s4,24(a1)
80405a36:	01c5aa83          	lw	s5,28(a1)
80405a3a:	0205ab03          	lw	s6,32(a1)
80405a3e:	0245ab83          	lw	s7,36(a1)
80405a42:	0285ac03          	lw	s8,40(a1)
80405a46:	02c5ac83          	lw	s9,44(a1)
80405a4a:	0305ad03          	lw	s10,48(a1)
80405a4e:	0345ad83          	lw	s11,52(a1)
80405a52:	8082                	ret

80405a54 <__ctzsi2>:
80405a54:	40a007b3          	neg	a5,a0
80405a58:	8d7d                	and	a0,a0,a5
80405a5a:	67c1                	lui	a5,0x10
80405a5c:	02f57363          	bgeu	a0,a5,80405a82 <__ctzsi2+0x2e>
80405a60:	10053793          	sltiu	a5,a0,256
80405a64:	0017c793          	xor	a5,a5,1
80405a68:	078e                	sll	a5,a5,0x3
80405a6a:	00f55533          	srl	a0,a0,a5
80405a6e:	00022717          	auipc	a4,0x22
80405a72:	52670713          	add	a4,a4,1318 # 80427f94 <__clz_tab>
80405a76:	972a                	add	a4,a4,a0
80405a78:	00074503          	lbu	a0,0(a4)
80405a7c:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80405a7e:	953e                	add	a0,a0,a5
80405a80:	8082                	ret
80405a82:	01000737          	lui	a4,0x1000
80405a86:	47c1                	li	a5,16
80405a88:	fee561e3          	bltu	a0,a4,80405a6a <__ctzsi2+0x16>
80405a8c:	47e1                	li	a5,24
80405a8e:	bff1                	j	80405a6a <__ctzsi2+0x16>

80405a90 <__udivdi3>:
80405a90:	88aa                	mv	a7,a0
80405a92:	832e                	mv	t1,a1
80405a94:	8732                	mv	a4,a2
80405a96:	882a                	mv	a6,a0
80405a98:	87ae                	mv	a5,a1
80405a9a:	20069663          	bnez	a3,80405ca6 <__udivdi3+0x216>
80405a9e:	00022597          	auipc	a1,0x22
80405aa2:	4f658593          	add	a1,a1,1270 # 80427f94 <__clz_tab>
80405aa6:	0cc37163          	bgeu	t1,a2,80405b68 <__udivdi3+0xd8>
80405aaa:	66c1                	lui	a3,0x10
80405aac:	0ad67763          	bgeu	a2,a3,80405b5a <__udivdi3+0xca>
80405ab0:	10063693          	sltiu	a3,a2,256
80405ab4:	0016c693          	xor	a3,a3,1
80405ab8:	068e                	sll	a3,a3,0x3
80405aba:	00d65533          	srl	a0,a2,a3
80405abe:	95aa                	add	a1,a1,a0
80405ac0:	0005c583          	lbu	a1,0(a1)
80405ac4:	02000513          	li	a0,32
80405ac8:	96ae                	add	a3,a3,a1
80405aca:	40d505b3          	sub	a1,a0,a3
80405ace:	00d50b63          	beq	a0,a3,80405ae4 <__udivdi3+0x54>
80405ad2:	00b317b3          	sll	a5,t1,a1
80405ad6:	00d8d6b3          	srl	a3,a7,a3
80405ada:	00b61733          	sll	a4,a2,a1
80405ade:	8fd5                	or	a5,a5,a3
80405ae0:	00b89833          	sll	a6,a7,a1
80405ae4:	01075593          	srl	a1,a4,0x10
80405ae8:	02b7d333          	divu	t1,a5,a1
80405aec:	01071613          	sll	a2,a4,0x10
80405af0:	8241                	srl	a2,a2,0x10
80405af2:	02b7f7b3          	remu	a5,a5,a1
80405af6:	851a                	mv	a0,t1
80405af8:	026608b3          	mul	a7,a2,t1
80405afc:	01079693          	sll	a3,a5,0x10
80405b00:	01085793          	srl	a5,a6,0x10
80405b04:	8fd5                	or	a5,a5,a3
80405b06:	0117fc63          	bgeu	a5,a7,80405b1e <__udivdi3+0x8e>
80405b0a:	97ba                	add	a5,a5,a4
80405b0c:	fff30513          	add	a0,t1,-1
80405b10:	00e7e763          	bltu	a5,a4,80405b1e <__udivdi3+0x8e>
80405b14:	0117f563          	bgeu	a5,a7,80405b1e <__udivdi3+0x8e>
80405b18:	ffe30513          	add	a0,t1,-2
80405b1c:	97ba                	add	a5,a5,a4
80405b1e:	411787b3          	sub	a5,a5,a7
80405b22:	02b7d8b3          	divu	a7,a5,a1
80405b26:	0842                	sll	a6,a6,0x10
80405b28:	01085813          	srl	a6,a6,0x10
80405b2c:	02b7f7b3          	remu	a5,a5,a1
80405b30:	031606b3          	mul	a3,a2,a7
80405b34:	07c2                	sll	a5,a5,0x10
80405b36:	00f86833          	or	a6,a6,a5
80405b3a:	87c6                	mv	a5,a7
80405b3c:	00d87b63          	bgeu	a6,a3,80405b52 <__udivdi3+0xc2>
80405b40:	983a                	add	a6,a6,a4
80405b42:	fff88793          	add	a5,a7,-1
80405b46:	00e86663          	bltu	a6,a4,80405b52 <__udivdi3+0xc2>
80405b4a:	00d87463          	bgeu	a6,a3,80405b52 <__udivdi3+0xc2>
80405b4e:	ffe88793          	add	a5,a7,-2
80405b52:	0542                	sll	a0,a0,0x10
80405b54:	8d5d                	or	a0,a0,a5
80405b56:	4581                	li	a1,0
80405b58:	8082                	ret
80405b5a:	01000537          	lui	a0,0x1000
80405b5e:	46c1                	li	a3,16
80405b60:	f4a66de3          	bltu	a2,a0,80405aba <__udivdi3+0x2a>
80405b64:	46e1                	li	a3,24
80405b66:	bf91                	j	80405aba <__udivdi3+0x2a>
80405b68:	4681                	li	a3,0
80405b6a:	ca09                	beqz	a2,80405b7c <__udivdi3+0xec>
80405b6c:	67c1                	lui	a5,0x10
80405b6e:	08f67f63          	bgeu	a2,a5,80405c0c <__udivdi3+0x17c>
80405b72:	10063693          	sltiu	a3,a2,256
80405b76:	0016c693          	xor	a3,a3,1
80405b7a:	068e                	sll	a3,a3,0x3
80405b7c:	00d657b3          	srl	a5,a2,a3
80405b80:	95be                	add	a1,a1,a5
80405b82:	0005c783          	lbu	a5,0(a1)
80405b86:	97b6                	add	a5,a5,a3
80405b88:	02000693          	li	a3,32
80405b8c:	40f685b3          	sub	a1,a3,a5
80405b90:	08f69563          	bne	a3,a5,80405c1a <__udivdi3+0x18a>
80405b94:	40c307b3          	sub	a5,t1,a2
80405b98:	4585                	li	a1,1
80405b9a:	01075893          	srl	a7,a4,0x10
80405b9e:	0317de33          	divu	t3,a5,a7
80405ba2:	01071613          	sll	a2,a4,0x10
80405ba6:	8241                	srl	a2,a2,0x10
80405ba8:	01085693          	srl	a3,a6,0x10
80405bac:	0317f7b3          	remu	a5,a5,a7
80405bb0:	8572                	mv	a0,t3
80405bb2:	03c60333          	mul	t1,a2,t3
80405bb6:	07c2                	sll	a5,a5,0x10
80405bb8:	8fd5                	or	a5,a5,a3
80405bba:	0067fc63          	bgeu	a5,t1,80405bd2 <__udivdi3+0x142>
80405bbe:	97ba                	add	a5,a5,a4
80405bc0:	fffe0513          	add	a0,t3,-1
80405bc4:	00e7e763          	bltu	a5,a4,80405bd2 <__udivdi3+0x142>
80405bc8:	0067f563          	bgeu	a5,t1,80405bd2 <__udivdi3+0x142>
80405bcc:	ffee0513          	add	a0,t3,-2
80405bd0:	97ba                	add	a5,a5,a4
80405bd2:	406787b3          	sub	a5,a5,t1
80405bd6:	0317d333          	divu	t1,a5,a7
80405bda:	0842                	sll	a6,a6,0x10
80405bdc:	01085813          	srl	a6,a6,0x10
80405be0:	0317f7b3          	remu	a5,a5,a7
80405be4:	026606b3          	mul	a3,a2,t1
80405be8:	07c2                	sll	a5,a5,0x10
80405bea:	00f86833          	or	a6,a6,a5
80405bee:	879a                	mv	a5,t1
80405bf0:	00d87b63          	bgeu	a6,a3,80405c06 <__udivdi3+0x176>
80405bf4:	983a                	add	a6,a6,a4
80405bf6:	fff30793          	add	a5,t1,-1
80405bfa:	00e86663          	bltu	a6,a4,80405c06 <__udivdi3+0x176>
80405bfe:	00d87463          	bgeu	a6,a3,80405c06 <__udivdi3+0x176>
80405c02:	ffe30793          	add	a5,t1,-2
80405c06:	0542                	sll	a0,a0,0x10
80405c08:	8d5d                	or	a0,a0,a5
80405c0a:	8082                	ret
80405c0c:	010007b7          	lui	a5,0x1000
80405c10:	46c1                	li	a3,16
80405c12:	f6f665e3          	bltu	a2,a5,80405b7c <__udivdi3+0xec>
80405c16:	46e1                	li	a3,24
80405c18:	b795                	j	80405b7c <__udivdi3+0xec>
80405c1a:	00b61733          	sll	a4,a2,a1
80405c1e:	00f356b3          	srl	a3,t1,a5
80405c22:	01075513          	srl	a0,a4,0x10
80405c26:	00b31333          	sll	t1,t1,a1
80405c2a:	00f8d7b3          	srl	a5,a7,a5
80405c2e:	0067e7b3          	or	a5,a5,t1
80405c32:	02a6d333          	divu	t1,a3,a0
80405c36:	01071613          	sll	a2,a4,0x10
80405c3a:	8241                	srl	a2,a2,0x10
80405c3c:	00b89833          	sll	a6,a7,a1
80405c40:	02a6f6b3          	remu	a3,a3,a0
80405c44:	026608b3          	mul	a7,a2,t1
80405c48:	01069593          	sll	a1,a3,0x10
80405c4c:	0107d693          	srl	a3,a5,0x10
80405c50:	8ecd                	or	a3,a3,a1
80405c52:	859a                	mv	a1,t1
80405c54:	0116fc63          	bgeu	a3,a7,80405c6c <__udivdi3+0x1dc>
80405c58:	96ba                	add	a3,a3,a4
80405c5a:	fff30593          	add	a1,t1,-1
80405c5e:	00e6e763          	bltu	a3,a4,80405c6c <__udivdi3+0x1dc>
80405c62:	0116f563          	bgeu	a3,a7,80405c6c <__udivdi3+0x1dc>
80405c66:	ffe30593          	add	a1,t1,-2
80405c6a:	96ba                	add	a3,a3,a4
80405c6c:	411686b3          	sub	a3,a3,a7
80405c70:	02a6d8b3          	divu	a7,a3,a0
80405c74:	07c2                	sll	a5,a5,0x10
80405c76:	83c1                	srl	a5,a5,0x10
80405c78:	02a6f6b3          	remu	a3,a3,a0
80405c7c:	03160633          	mul	a2,a2,a7
80405c80:	06c2                	sll	a3,a3,0x10
80405c82:	8fd5                	or	a5,a5,a3
80405c84:	86c6                	mv	a3,a7
80405c86:	00c7fc63          	bgeu	a5,a2,80405c9e <__udivdi3+0x20e>
80405c8a:	97ba                	add	a5,a5,a4
80405c8c:	fff88693          	add	a3,a7,-1
80405c90:	00e7e763          	bltu	a5,a4,80405c9e <__udivdi3+0x20e>
80405c94:	00c7f563          	bgeu	a5,a2,80405c9e <__udivdi3+0x20e>
80405c98:	ffe88693          	add	a3,a7,-2
80405c9c:	97ba                	add	a5,a5,a4
80405c9e:	05c2                	sll	a1,a1,0x10
80405ca0:	8f91                	sub	a5,a5,a2
80405ca2:	8dd5                	or	a1,a1,a3
80405ca4:	bddd                	j	80405b9a <__udivdi3+0x10a>
80405ca6:	14d5e163          	bltu	a1,a3,80405de8 <__udivdi3+0x358>
80405caa:	67c1                	lui	a5,0x10
80405cac:	02f6ff63          	bgeu	a3,a5,80405cea <__udivdi3+0x25a>
80405cb0:	1006b713          	sltiu	a4,a3,256
80405cb4:	00174713          	xor	a4,a4,1
80405cb8:	070e                	sll	a4,a4,0x3
80405cba:	00e6d5b3          	srl	a1,a3,a4
80405cbe:	00022797          	auipc	a5,0x22
80405cc2:	2d678793          	add	a5,a5,726 # 80427f94 <__clz_tab>
80405cc6:	97ae                	add	a5,a5,a1
80405cc8:	0007c783          	lbu	a5,0(a5)
80405ccc:	97ba                	add	a5,a5,a4
80405cce:	02000713          	li	a4,32
80405cd2:	40f705b3          	sub	a1,a4,a5
80405cd6:	02f71163          	bne	a4,a5,80405cf8 <__udivdi3+0x268>
80405cda:	4505                	li	a0,1
80405cdc:	e666eee3          	bltu	a3,t1,80405b58 <__udivdi3+0xc8>
80405ce0:	00c8b533          	sltu	a0,a7,a2
80405ce4:	00154513          	xor	a0,a0,1
80405ce8:	8082                	ret
80405cea:	010007b7          	lui	a5,0x1000
80405cee:	4741                	li	a4,16
80405cf0:	fcf6e5e3          	bltu	a3,a5,80405cba <__udivdi3+0x22a>
80405cf4:	4761                	li	a4,24
80405cf6:	b7d1                	j	80405cba <__udivdi3+0x22a>
80405cf8:	00f65733          	srl	a4,a2,a5
80405cfc:	00b696b3          	sll	a3,a3,a1
80405d00:	8ed9                	or	a3,a3,a4
80405d02:	00f35733          	srl	a4,t1,a5
80405d06:	00b31333          	sll	t1,t1,a1
80405d0a:	00f8d7b3          	srl	a5,a7,a5
80405d0e:	0067e7b3          	or	a5,a5,t1
80405d12:	0106d313          	srl	t1,a3,0x10
80405d16:	02675eb3          	divu	t4,a4,t1
80405d1a:	01069813          	sll	a6,a3,0x10
80405d1e:	01085813          	srl	a6,a6,0x10
80405d22:	00b61633          	sll	a2,a2,a1
80405d26:	02677733          	remu	a4,a4,t1
80405d2a:	03d80e33          	mul	t3,a6,t4
80405d2e:	01071513          	sll	a0,a4,0x10
80405d32:	0107d713          	srl	a4,a5,0x10
80405d36:	8f49                	or	a4,a4,a0
80405d38:	8576                	mv	a0,t4
80405d3a:	01c77c63          	bgeu	a4,t3,80405d52 <__udivdi3+0x2c2>
80405d3e:	9736                	add	a4,a4,a3
80405d40:	fffe8513          	add	a0,t4,-1
80405d44:	00d76763          	bltu	a4,a3,80405d52 <__udivdi3+0x2c2>
80405d48:	01c77563          	bgeu	a4,t3,80405d52 <__udivdi3+0x2c2>
80405d4c:	ffee8513          	add	a0,t4,-2
80405d50:	9736                	add	a4,a4,a3
80405d52:	41c70733          	sub	a4,a4,t3
80405d56:	02675e33          	divu	t3,a4,t1
80405d5a:	07c2                	sll	a5,a5,0x10
80405d5c:	83c1                	srl	a5,a5,0x10
80405d5e:	02677733          	remu	a4,a4,t1
80405d62:	03c80833          	mul	a6,a6,t3
80405d66:	0742                	sll	a4,a4,0x10
80405d68:	8fd9                	or	a5,a5,a4
80405d6a:	8772                	mv	a4,t3
80405d6c:	0107fc63          	bgeu	a5,a6,80405d84 <__udivdi3+0x2f4>
80405d70:	97b6                	add	a5,a5,a3
80405d72:	fffe0713          	add	a4,t3,-1
80405d76:	00d7e763          	bltu	a5,a3,80405d84 <__udivdi3+0x2f4>
80405d7a:	0107f563          	bgeu	a5,a6,80405d84 <__udivdi3+0x2f4>
80405d7e:	ffee0713          	add	a4,t3,-2
80405d82:	97b6                	add	a5,a5,a3
80405d84:	0542                	sll	a0,a0,0x10
80405d86:	6e41                	lui	t3,0x10
80405d88:	8d59                	or	a0,a0,a4
80405d8a:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
80405d8e:	00d57733          	and	a4,a0,a3
80405d92:	410787b3          	sub	a5,a5,a6
80405d96:	8ef1                	and	a3,a3,a2
80405d98:	01055813          	srl	a6,a0,0x10
80405d9c:	8241                	srl	a2,a2,0x10
80405d9e:	02d70333          	mul	t1,a4,a3
80405da2:	02d806b3          	mul	a3,a6,a3
80405da6:	02c70733          	mul	a4,a4,a2
80405daa:	02c80833          	mul	a6,a6,a2
80405dae:	00d70633          	add	a2,a4,a3
80405db2:	01035713          	srl	a4,t1,0x10
80405db6:	9732                	add	a4,a4,a2
80405db8:	00d77363          	bgeu	a4,a3,80405dbe <__udivdi3+0x32e>
80405dbc:	9872                	add	a6,a6,t3
80405dbe:	01075693          	srl	a3,a4,0x10
80405dc2:	96c2                	add	a3,a3,a6
80405dc4:	02d7e063          	bltu	a5,a3,80405de4 <__udivdi3+0x354>
80405dc8:	d8d797e3          	bne	a5,a3,80405b56 <__udivdi3+0xc6>
80405dcc:	67c1                	lui	a5,0x10
80405dce:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80405dd0:	8f7d                	and	a4,a4,a5
80405dd2:	0742                	sll	a4,a4,0x10
80405dd4:	00f37333          	and	t1,t1,a5
80405dd8:	00b898b3          	sll	a7,a7,a1
80405ddc:	971a                	add	a4,a4,t1
80405dde:	4581                	li	a1,0
80405de0:	d6e8fce3          	bgeu	a7,a4,80405b58 <__udivdi3+0xc8>
80405de4:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80405de6:	bb85                	j	80405b56 <__udivdi3+0xc6>
80405de8:	4581                	li	a1,0
80405dea:	4501                	li	a0,0
80405dec:	8082                	ret
